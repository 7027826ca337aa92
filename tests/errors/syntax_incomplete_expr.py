# A syntax error: a binary operator without its right operand.
x = 1 +
