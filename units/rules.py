"""Who may do what with units (django-rules; see units/predicates.py)."""

import rules

from units.predicates import is_admin, is_province_manager

rules.add_perm("units.move_unit", is_admin | is_province_manager)
