"""Programmes, classes and sessions for the training tests."""

import datetime
from decimal import Decimal

import factory

from tests.factories.units import TrainingUnitFactory
from training.models import (
    ClassSession,
    Programme,
    ProgrammeVersion,
    TrainingClass,
)


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme

    name = factory.Sequence(lambda n: f"Chương trình số {n}")
    kind = Programme.Kind.PARTY_AWARENESS


class VersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgrammeVersion

    programme = factory.SubFactory(ProgrammeFactory)
    name = "Theo Hướng dẫn 61-HD/BTGTW"
    min_attendance_percent = 80
    pass_score = Decimal("5.00")


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
