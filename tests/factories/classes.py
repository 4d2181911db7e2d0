"""Classes and their sessions."""

import datetime

import factory

from classes.models import ClassSession, TrainingClass
from tests.factories.programmes import VersionFactory
from tests.factories.units import TrainingUnitFactory


class TrainingClassFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingClass

    training_unit = factory.SubFactory(TrainingUnitFactory)
    version = factory.SubFactory(VersionFactory)
    code = factory.Sequence(lambda n: f"Khóa {n}")
    starts_on = datetime.date(2026, 3, 2)
    ends_on = datetime.date(2026, 3, 6)


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClassSession

    training_class = factory.SubFactory(TrainingClassFactory)
    date = factory.LazyAttribute(lambda o: o.training_class.starts_on)
    part = ClassSession.Part.MORNING
    periods = 5
    topic = "Khái quát lịch sử Đảng Cộng sản Việt Nam"
