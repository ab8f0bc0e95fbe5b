# Custom exception classes inside ExceptionGroups (no except*): subgroup/split by type, by tuple,
# and by predicate functions (lambdas, nested functions, methods), derive(), nesting.
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "missing")


class RemoteError(Exception):
    def __init__(self, service, status):
        super().__init__(service, status)
        self.status = status


class BatchError(ExceptionGroup):
    def derive(self, excs):
        return BatchError(self.message + " (part)", excs)

    @property
    def fields(self):
        return sorted([e.field for e in self.exceptions if isinstance(e, ValidationError)])


def validate(record):
    errors = []
    for f in ("id", "name", "email"):
        if f not in record:
            errors.append(MissingField(f))
    if "email" in record and "@" not in record["email"]:
        errors.append(ValidationError("email", "no @"))
    if errors:
        raise BatchError(f"record {record.get('id', '?')} invalid", errors)
    return True


try:
    validate({"id": 1, "email": "nope"})
except BatchError as eg:
    print(type(eg).__name__, eg, eg.fields, [repr(e) for e in eg.exceptions])
    missing = eg.subgroup(MissingField)
    print(type(missing).__name__, missing, [str(e) for e in missing.exceptions])
    match, rest = eg.split((MissingField, RemoteError))
    print(match.message, len(match.exceptions), "|", rest.message, [str(e) for e in rest.exceptions])

outer = ExceptionGroup("sync", [
    RemoteError("billing", 503),
    ExceptionGroup("records", [MissingField("id"), RemoteError("crm", 404)]),
    ValidationError("age", "negative"),
])
print(outer.subgroup(RemoteError))
print(outer.subgroup(ValidationError).exceptions[0].exceptions, outer.subgroup(ValidationError).exceptions[1])
print(outer.split(KeyError))


# predicates that are compiled functions
def is_server_error(e):
    return isinstance(e, RemoteError) and e.status >= 500


print(outer.subgroup(is_server_error))
print(outer.subgroup(lambda e: isinstance(e, RemoteError) and e.status == 404))


class Policy:
    def __init__(self, fields):
        self.fields = fields

    def matches(self, e):
        return getattr(e, "field", None) in self.fields


print(outer.split(Policy({"id", "age"}).matches))
