import factory

from units.models import AdminUnit, TrainingUnit


class ProvinceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdminUnit

    name = factory.Sequence(lambda n: f"Tỉnh Số {n}")
    level = AdminUnit.Level.PROVINCE


class AdminUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdminUnit

    name = factory.Sequence(lambda n: f"Xã Số {n}")
    level = AdminUnit.Level.COMMUNE
    parent = factory.SubFactory(ProvinceFactory)


class TrainingUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingUnit

    name = factory.Sequence(lambda n: f"Trung tâm Chính trị Số {n}")
    type = TrainingUnit.Type.COMMUNE_CENTRE
    governing_party_committee = factory.LazyAttribute(
        lambda o: f"Đảng ủy {o.seat.name}"
    )
    province = factory.SubFactory(ProvinceFactory)
    seat = factory.SubFactory(
        AdminUnitFactory, parent=factory.SelfAttribute("..province")
    )
