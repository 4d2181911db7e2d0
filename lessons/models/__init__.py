from lessons.models.home import HomePage
from lessons.models.pages import LessonPage, ModulePage, ProgrammePage
from lessons.models.progress import LessonProgress, ProgressReceipt

__all__ = [
    "HomePage",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "ProgrammePage",
    "ProgressReceipt",
]
