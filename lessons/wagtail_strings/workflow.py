# ruff: noqa: E501
"""Moderation workflows and tasks: states, approvals, rejections and their emails."""

from django.utils.translation import gettext_noop as _

STRINGS = [
    _("Resubmit to %(task_name)s"),
    _("Submit to %(workflow_name)s"),
    _("Restart workflow "),
    _("task"),
    _(
        "This %(model_name)s was marked as needing changes at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    _(
        "This %(model_name)s is currently at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    _("Publishing this %(model_name)s will cancel the current workflow."),
    _("Your pages and snippets in a workflow"),
    _("Task"),
    _("Awaiting your review"),
    _("Tasks"),
    _("Task submitted by"),
    _("Compare with previous version"),
    _('The page "%(title)s" has been approved.'),
    _('The page "%(title)s" has been approved'),
    _('The page "%(title)s" has been rejected.'),
    _('The page "%(title)s" has been rejected'),
    _('The page "%(title)s" has been approved in moderation stage "%(task)s".'),
    _('The page "%(title)s" has been approved in "%(task)s".'),
    _('The page "%(title)s" has been rejected in moderation stage "%(task)s".'),
    _('The page "%(title)s" has been rejected during "%(task)s".'),
    _(
        'The page "%(title)s" has been submitted for approval in moderation stage "%(task)s".'
    ),
    _("You can preview the page here:"),
    _(
        'The page "%(title)s" has been submitted for approval to moderation stage "%(task)s".'
    ),
    _(
        'The page "%(title)s" has been submitted for approval in moderation stage "%(task)s"'
    ),
    _('The page "%(title)s" has been approved in workflow "%(workflow)s".'),
    _('The page "%(title)s" has been approved in "%(workflow)s".'),
    _(
        'The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s" by %(rejector)s.'
    ),
    _(
        'The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s".'
    ),
    _('The following comment was left: "%(comment)s"'),
    _('The page "%(title)s" has been rejected during "%(workflow)s".'),
    _(
        'The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s" by %(requester)s.'
    ),
    _(
        'The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s".'
    ),
    _('The page "%(title)s" has been submitted to workflow "%(workflow)s"'),
    _(
        "This page was marked as needing changes at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    _(
        "This page is currently at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    _("Publishing this page will cancel the current workflow."),
    _("Workflow"),
    _("Page/Snippet"),
    _("Requested by"),
    _("Started at"),
    _("Incomplete task"),
    _("No pages/snippets have been submitted for moderation yet"),
    _("Completed at"),
    _("In Moderation"),
    _("with comment:"),
    _("Workflow completed"),
    _("Approved task"),
    _("This page hasn't been submitted for moderation yet"),
    _("This %(model_name)s hasn't been submitted for moderation yet"),
    _("Submitted"),
    _("Approved by %(approved_by)s"),
    _("Workflow history"),
    _("Workflow progress"),
    _("%(model_name)s '%(object)s' has been submitted for moderation."),
    _("%(model_name)s '%(object)s' created and submitted for moderation."),
    _("Page '%(page_title)s' created and submitted for moderation."),
    _("Workflow on page '%(page_title)s' has been cancelled."),
    _("Page '%(page_title)s' has been submitted for moderation."),
    _("Workflow on page '%(page_title)s' has been restarted."),
    _("The page '%(page_title)s' is not currently awaiting moderation."),
    _(
        "The page '%(page_title)s' is not currently awaiting moderation in task '%(task_name)s'."
    ),
    _("Awaiting my review"),
    _("Workflows"),
    _("By task"),
    _("Workflow tasks"),
    _("By workflow"),
    _("This %(model_name)s is currently awaiting moderation."),
    _(
        "This {model_name} is awaiting <b>'{task_name}'</b> in the <b>'{workflow_name}'</b> workflow."
    ),
    _("Locked by workflow"),
    _(
        "Reviewers can edit this %(model_name)s – lock it to prevent other reviewers from editing"
    ),
    _("Only reviewers can edit and approve the %(model_name)s"),
    _("workflow"),
    _("Needs changes"),
    _("Cancelled"),
    _("Workflow state"),
    _("Workflow states"),
    _("workflows"),
    _("workflow_tasks"),
    _("tasks"),
    _(
        "Pages/snippets at this step in a workflow will be moderated or approved by these groups of users"
    ),
    _("Request changes"),
    _("Approve"),
    _("Approve with comment"),
    _("Members of the chosen Wagtail Groups can approve this task"),
    _("Group approval task"),
    _("Group approval tasks"),
    _("Rejected"),
    _("Skipped"),
    _("workflow state"),
    _("in moderation"),
    _("live + in moderation"),
    _("'%(workflow)s' started. Next step '%(task)s'"),
    _("Approved at '%(task)s'. Next step '%(next_task)s'"),
    _("Rejected at '%(task)s'. Changes requested"),
    _("Workflow task resubmitted. Workflow resumed"),
]
