"""Programmes and their versions."""

from decimal import Decimal

import factory

from programmes.models import Programme, ProgrammeVersion


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
