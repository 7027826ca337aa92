# An uncaught exception of a class defined in __main__.
class ConfigError(Exception):
    pass
print("loading")
raise ConfigError("bad value for", "port")
