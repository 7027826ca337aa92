# This file is not run: dash_c_program.args runs code given with -c instead, to check
# sys.argv and output under -c through the differential runner.
print("not run")
