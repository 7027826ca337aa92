# A nested package.
print("pkg.inner executing")
