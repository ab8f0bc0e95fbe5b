# Realistic: an event bus with typed events, subscriber priorities, weak handlers, and middleware.
import weakref


class Event:
    registry = {}

    def __init_subclass__(cls, *, topic, **kw):
        super().__init_subclass__(**kw)
        cls.topic = topic
        Event.registry[topic] = cls

    def __init__(self, **data):
        self.data = data
        self.cancelled = False

    def cancel(self):
        self.cancelled = True

    def __repr__(self):
        items = ", ".join([f"{k}={v!r}" for k, v in sorted(self.data.items())])
        return f"{type(self).__name__}({items})"


class UserCreated(Event, topic="user.created"):
    pass


class UserDeleted(Event, topic="user.deleted"):
    pass


class OrderPlaced(Event, topic="order.placed"):
    @property
    def total(self):
        return sum([q * p for q, p in self.data["lines"]])


class Subscription:
    __slots__ = ("handler", "priority", "once", "__weakref__")

    def __init__(self, handler, priority, once):
        self.handler, self.priority, self.once = handler, priority, once


class Bus:
    def __init__(self):
        self._subs = {}
        self._middleware = []
        self.delivered = 0

    def subscribe(self, topic, priority=0, once=False):
        def decorator(fn):
            self._subs.setdefault(topic, []).append(Subscription(fn, priority, once))
            self._subs[topic].sort(key=lambda s: -s.priority)
            return fn
        return decorator

    def use(self, middleware):
        self._middleware.append(middleware)
        return middleware

    def publish(self, topic, **data):
        event = Event.registry[topic](**data)
        for mw in self._middleware:
            event = mw(event)
            if event is None:
                print(f"  [{topic}] dropped by middleware")
                return None
        for sub in list(self._subs.get(topic, [])):
            if event.cancelled:
                print(f"  [{topic}] cancelled, skipping rest")
                break
            sub.handler(event)
            self.delivered += 1
            if sub.once:
                self._subs[topic].remove(sub)
        return event


bus = Bus()
audit = []


@bus.use
def log_middleware(event):
    audit.append(event.topic)
    return event


@bus.use
def block_test_users(event):
    if event.data.get("name", "").startswith("test"):
        return None
    return event


@bus.subscribe("user.created", priority=10)
def validate(event):
    print("  validate", event)
    if not event.data.get("email"):
        event.cancel()


@bus.subscribe("user.created")
def send_welcome(event):
    print("  welcome mail to", event.data["email"])


@bus.subscribe("user.created", priority=5, once=True)
def first_user_bonus(event):
    print("  first user bonus for", event.data["name"])


class Stats:
    def __init__(self, bus):
        self.orders = 0
        self.revenue = 0
        bus.subscribe("order.placed")(self.on_order)

    def on_order(self, event):
        self.orders += 1
        self.revenue += event.total
        print(f"  order #{self.orders} total={event.total}")


stats = Stats(bus)
print(bus.publish("user.created", name="ann", email="ann@example.com"))
print(bus.publish("user.created", name="bob", email=""))
print(bus.publish("user.created", name="test-cy", email="x@y"))
print(bus.publish("user.created", name="dee", email="dee@example.com"))
bus.publish("order.placed", lines=[(2, 10), (1, 5)])
bus.publish("order.placed", lines=[(3, 3)])
print(bus.publish("user.deleted", name="ann"))
print(stats.orders, stats.revenue, bus.delivered, audit)
print(sorted(Event.registry), OrderPlaced.topic, [s.handler.__name__ for s in bus._subs["user.created"]])


# weak references to subscribers
class Listener:
    def __init__(self, name):
        self.name = name

    def __call__(self, event):
        print("  listener", self.name, "got", event)


class WeakBus:
    def __init__(self):
        self.listeners = weakref.WeakSet()

    def emit(self, event):
        for l in sorted(self.listeners, key=lambda l: l.name):
            l(event)
        return len(self.listeners)


wb = WeakBus()
l1, l2 = Listener("one"), Listener("two")
wb.listeners.add(l1)
wb.listeners.add(l2)
print(wb.emit(UserDeleted(name="x")))
del l1
print(wb.emit(UserDeleted(name="y")))

try:
    class Untitled(Event):
        pass
except TypeError as e:
    print("TypeError:", e)
