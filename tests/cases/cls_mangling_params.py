# Private names used as parameters, keyword-only defaults, annotations, defaults and decorators
# inside class bodies (all mangled), versus call-site keywords and strings (never mangled).
_Api__DEFAULT_TIMEOUT = 30
_Api__Response = "mangled annotation target"


def _Api__trace(fn):
    fn.traced = True
    return fn


class Api:
    def get(self, url, __retries=3, *, __timeout=__DEFAULT_TIMEOUT) -> __Response:
        return f"GET {url} retries={__retries} timeout={__timeout}"

    @__trace
    def post(self, url, *, __body):
        return f"POST {url} body={__body!r}"

    def call(self, **options):
        return sorted(options)

    def forward(self):
        return self.call(__private=1, public=2)

    kw_lambda = lambda self, *, __n=2: __n * 10


api = Api()
print(Api.get.__code__.co_varnames[:4], Api.get.__defaults__, Api.get.__kwdefaults__)
print(Api.get.__annotations__, Api.post.traced, Api.post.__kwdefaults__)
print(api.get("/a"))
print(api.get("/b", 5, _Api__timeout=1))
print(api.post("/c", _Api__body={"k": 1}))
try:
    api.post("/d", __body=1)
except TypeError as e:
    print("TypeError:", e)
print(api.forward())
print(api.kw_lambda(), api.kw_lambda(_Api__n=3), Api.kw_lambda.__kwdefaults__)

import inspect

print(inspect.signature(Api.get))
print(inspect.signature(Api.post))


class Cache:
    def __init__(self):
        self.__store = {}

    def remember(self, key, *, __ttl=60, **extra):
        self.__store[key] = (__ttl, sorted(extra))
        return self.__store[key]

    def dump(self):
        return dict(self.__store)


c = Cache()
print(c.remember("a"), c.remember("b", _Cache__ttl=5, tag="x"), c.dump())


# nested functions inside methods close over mangled locals
class Outer:
    def build(self, __seed=7):
        __offset = 100

        def inner(__x=__seed):
            return __x + __offset

        return inner(), inner(1), inner.__code__.co_varnames, inner.__code__.co_freevars, inner.__defaults__


print(Outer().build())
