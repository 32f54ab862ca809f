"""One module per question kind. Importing this package imports every module in it, and each
module registers its kind with `register_kind`: adding a kind is adding a module here plus its
template partials (``templates/respond/_kind_<name>.html`` and, if it has settings,
``templates/portal/_kind_settings_<name>.html``)."""

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
