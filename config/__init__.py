"""Settings classes for the Sentomus survey platform.

`load_config(name)` returns the class for `development`, `testing` or `production`; the
environment variable SENTOMUS_ENV picks one when no name is given.

The settings classes read the environment when config.settings is first imported, so this
package imports it only when one of them is asked for: importing config.study (the study's
languages, which the linter and the reports use) must not fix the settings before a program has
set its environment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from config.settings import (
        BaseConfig,
        DevelopmentConfig,
        ProductionConfig,
        TestingConfig,
        load_config,
    )

__all__ = ["BaseConfig", "DevelopmentConfig", "ProductionConfig", "TestingConfig", "load_config"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from config import settings

        return getattr(settings, name)
    raise AttributeError(f"module 'config' has no attribute {name!r}")
