X = 'sub ok'
