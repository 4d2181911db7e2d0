from training.views.trainee import me

__all__ = ["me"]
