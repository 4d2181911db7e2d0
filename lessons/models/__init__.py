from lessons.models.pages import LessonPage, ModulePage, ProgrammePage
from lessons.models.progress import LessonProgress, ProgressReceipt

__all__ = [
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "ProgrammePage",
    "ProgressReceipt",
]
