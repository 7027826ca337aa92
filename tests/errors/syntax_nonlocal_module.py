# A syntax error: nonlocal at module level.
nonlocal x
