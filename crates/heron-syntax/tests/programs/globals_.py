counter = 0


def bump():
    global counter
    counter += 1
    return counter


def reader():
    return counter + undefined_name


def declare_in_nested():
    value = 1

    def inner():
        global value
        value = 2

        def innermost():
            return value

        return innermost

    return inner


def make_global_def():
    global helper

    def helper():
        return 42

    class Klass:
        pass

    return helper, Klass


global at_module
at_module = 1
