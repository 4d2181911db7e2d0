from tests.factories.people import GrantFactory, UserFactory
from tests.factories.units import AdminUnitFactory, ProvinceFactory, TrainingUnitFactory

__all__ = [
    "AdminUnitFactory",
    "GrantFactory",
    "ProvinceFactory",
    "TrainingUnitFactory",
    "UserFactory",
]
