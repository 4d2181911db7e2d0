from units.models.grants import Grant
from units.models.units import (
    AdminUnit,
    ServiceArea,
    TrainingUnit,
    dates_ordered,
    valid_on,
)

__all__ = [
    "AdminUnit",
    "Grant",
    "ServiceArea",
    "TrainingUnit",
    "dates_ordered",
    "valid_on",
]
