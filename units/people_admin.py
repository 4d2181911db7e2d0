"""Wagtail's user screens for our User: one "họ và tên" field, a phone, unit scoping."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users

from units.people import visible_people

PERSON_FIELDS = ["full_name", "phone", "date_of_birth", "party_cell", "position"]


class PersonFormMixin(forms.ModelForm):
    first_name = None
    last_name = None
    email = forms.EmailField(required=False, label=_("Email"))


class PersonCreationForm(PersonFormMixin, UserCreationForm):
    """A person made here has no password unless one is typed: they set their own
    with an activation slip (WAGTAILUSERS_PASSWORD_REQUIRED is off)."""

    class Meta(UserCreationForm.Meta):
        fields = {"username", "email", "is_superuser", "groups"} | set(PERSON_FIELDS)

    def save(self, commit=True):
        user = super().save(commit=False)
        if not self.cleaned_data.get("password1"):
            # Wagtail leaves "", which Django counts as a usable password.
            user.set_unusable_password()
        if commit:
            user.save()
            self.save_m2m()
        return user


class PersonEditForm(PersonFormMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = {"username", "email", "is_active", "is_superuser", "groups"} | set(
            PERSON_FIELDS
        )


class IndexView(users.IndexView):
    def get_base_queryset(self):
        return visible_people(super().get_base_queryset(), self.request.user)

    def order_queryset(self, queryset):
        if self.ordering == "name":
            return queryset.order_by("sort_key")
        if self.ordering == "-name":
            return queryset.order_by("-sort_key")
        return super().order_queryset(queryset)


class UserViewSet(users.UserViewSet):
    index_view_class = IndexView
    create_template_name = "units/wagtail/user_create.html"
    edit_template_name = "units/wagtail/user_edit.html"

    def get_form_class(self, for_update=False):
        return PersonEditForm if for_update else PersonCreationForm
