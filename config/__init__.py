"""Settings classes for the Sentomus survey platform.

`load_config(name)` returns the class for `development`, `testing` or `production`; the
environment variable SENTOMUS_ENV picks one when no name is given.
"""

from config.settings import (
    BaseConfig,
    DevelopmentConfig,
    ProductionConfig,
    TestingConfig,
    load_config,
)

__all__ = ["BaseConfig", "DevelopmentConfig", "ProductionConfig", "TestingConfig", "load_config"]
