# A recursive-descent calculator: tokenizer, parser with precedence, evaluator, errors.
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(float(s[i:j]) if "." in s[i:j] else int(s[i:j]))
            i = j
        elif c in "+-*/()^%":
            toks.append(c)
            i += 1
        else:
            raise SyntaxError("bad character %r" % c)
    return toks
class Parser:
    def __init__(self, toks):
        self.toks, self.pos = toks, 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.power()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            r = self.power()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def power(self):
        b = self.unary()
        return b ** self.power() if self.peek() == "^" and self.take() else b
    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        t = self.take()
        if t == "(":
            v = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return v
        if isinstance(t, (int, float)):
            return t
        raise SyntaxError("unexpected %r" % (t,))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "7 % 3 + 0.5", "2 ^ 100", "((4))", "1 +", "2 $ 3", "1 / 0"]:
    try:
        print(src, "=", Parser(tokenize(src)).expr())
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
