# \N{name} escapes in string literals (they need the Unicode name table).
print("\N{BULLET}" == "\u2022", "\N{LATIN SMALL LETTER E WITH ACUTE}", len("\N{SNOWMAN}"))
print(ord("\N{GREEK CAPITAL LETTER OMEGA}"), "\N{DEGREE SIGN}" + "C")
