# re: IGNORECASE: ASCII letters, Latin-1, Greek and Cyrillic pairs, classes, bytes
import re


def fa(pattern, subject, flags=re.I):
    print(repr(pattern), repr(subject), re.findall(pattern, subject, flags))


fa('hello', 'Hello HELLO hElLo')
fa('[a-z]+', 'abcXYZ123')
fa('[A-Z]+', 'abcXYZ123')
fa('[^a-z]+', 'abcXYZ123')
fa('[k]', 'kK')
fa('é', 'éÉe')
fa('[à-ÿ]+', 'ÀÉÎÕÜàéîõü')
fa('ÿ', 'ÿŸ')
fa('σ', 'σΣς')
fa('[α-ω]+', 'ΑΒΓαβγ')
fa('привет', 'ПРИВЕТ Привет')
fa('ǆ', 'ǄǅǆDž')
fa('é', 'éÉ', re.I | re.A)
fa('[é]', 'éÉ', re.I | re.A)
fa(r'\w', 'Aé', re.I)
fa(r'(?i)\W', 'A-é')
fa(b'hello', b'HELLO Hello')
fa(b'\xe9', b'\xe9\xc9')
fa(b'[a-z]+', b'ABC def')
fa(r'a', 'aA', 0)
fa(r'(?i)[^\W\d]', 'a1B_')
fa('0', '0')
fa('_', '_')
fa('[σ]', 'σΣς')
fa('(?:σ|x)+', 'σΣςx')
fa('(?:a|B|1)+', 'aAbB1')
fa('(?-i:A)|x', 'aAxX')
fa('(?:(?-i:a)|b)+', 'aAbB')
fa('(?a:é|k)+', 'éÉkK')
fa('[^σ]', 'σΣςa')
