# raise SystemExit(N) directly sets the exit status.
print("raising SystemExit(7)")
raise SystemExit(7)
