class Base:
    def greet(self):
        return "base"


class Child(Base):
    greeting = "child"

    def greet(self):
        return super().greet() + self.greeting

    def klass(self):
        return __class__

    def plain(self):
        return greeting

    @staticmethod
    def static():
        def helper():
            return super()
        return helper

    class Inner:
        def method(self):
            return Inner, Child


def factory(tag):
    label = tag

    class Made:
        label = label
        tag_copy = tag

        def show(self):
            return label, tag

    return Made
