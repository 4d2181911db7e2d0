"""The editors' workflow: editors write and submit, centre managers approve and
publish. Idempotent; runs after every migrate and in seed_demo."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from units.roles import Role, group_name

WORKFLOW_NAME = "Duyệt bài giảng"
TASK_NAME = "Quản lý trung tâm duyệt"
# Wagtail's migrations create a workflow and its task for the "Moderators" group,
# and the root collection, named in English; the admin's lists show these names.
WAGTAIL_DEFAULT_NAME = "Moderators approval"
DEFAULT_NAME = "Nhóm kiểm duyệt phê duyệt"
ROOT_COLLECTION_NAME = "Gốc"
PAGE_PERMISSIONS = {
    Role.EDITOR: ["add_page", "change_page"],
    Role.CENTRE_MANAGER: [
        "add_page", "change_page", "publish_page", "lock_page", "unlock_page",
    ],
}  # fmt: skip
MEDIA_PERMISSIONS = [
    ("wagtailimages", ["add_image", "change_image", "choose_image"]),
    ("wagtaildocs", ["add_document", "change_document", "choose_document"]),
]


def _group(role: Role) -> Group:
    return Group.objects.get_or_create(name=group_name(role))[0]


def _grant_pages(home, role: Role) -> None:
    group = _group(role)
    for codename in PAGE_PERMISSIONS[role]:
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        GroupPagePermission.objects.get_or_create(
            group=group, page=home, permission=permission
        )


def _grant_media(role: Role) -> None:
    root = Collection.get_first_root_node()
    if root is None:
        return
    group = _group(role)
    for app_label, codenames in MEDIA_PERMISSIONS:
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


@transaction.atomic
def set_up_editorial_workflow(home) -> Workflow:
    """Page and media permissions per role, and the approval workflow on `home`;
    Wagtail's own default workflow and root collection named in Vietnamese."""
    for role in PAGE_PERMISSIONS:
        _grant_pages(home, role)
        _grant_media(role)
    task, _ = GroupApprovalTask.objects.get_or_create(name=TASK_NAME)
    task.groups.set([_group(Role.CENTRE_MANAGER)])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_NAME).update(name=DEFAULT_NAME)
    Task.objects.filter(name=WAGTAIL_DEFAULT_NAME).update(name=DEFAULT_NAME)
    Collection.objects.filter(depth=1, name="Root").update(name=ROOT_COLLECTION_NAME)
    return workflow
