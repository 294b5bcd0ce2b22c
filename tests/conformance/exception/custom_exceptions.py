# User-defined exception classes with extra attributes.
class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.field, e.args)
print(issubclass(ValidationError, Exception), repr(AppError("x", 2)), str(AppError()))
print(repr(ValidationError("f", "m")))
