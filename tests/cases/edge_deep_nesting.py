# Deeply nested try/finally/except, with, loops and function definitions.
log = []
def nested_try(n):
    try:
        log.append('enter0')
        try:
            log.append('enter1')
            try:
                log.append('enter2')
                try:
                    log.append('enter3')
                    try:
                        log.append('enter4')
                        try:
                            log.append('enter5')
                            try:
                                log.append('enter6')
                                try:
                                    log.append('enter7')
                                    try:
                                        log.append('enter8')
                                        try:
                                            log.append('enter9')
                                            try:
                                                log.append('enter10')
                                                try:
                                                    log.append('enter11')
                                                    try:
                                                        log.append('enter12')
                                                        try:
                                                            log.append('enter13')
                                                            try:
                                                                log.append('enter14')
                                                                try:
                                                                    log.append('enter15')
                                                                    try:
                                                                        log.append('enter16')
                                                                        try:
                                                                            log.append('enter17')
                                                                            try:
                                                                                log.append('enter18')
                                                                                try:
                                                                                    log.append('enter19')
                                                                                    if n == 0:
                                                                                        return 'ret'
                                                                                    if n == 1:
                                                                                        raise KeyError('deep')
                                                                                    log.append('bottom')
                                                                                finally:
                                                                                    log.append('fin19')
                                                                            except KeyError as e:
                                                                                log.append('caught18')
                                                                                if 18 > 10:
                                                                                    raise ValueError('re18') from e
                                                                        except ValueError as e:
                                                                            log.append('val17:' + str(e))
                                                                    finally:
                                                                        log.append('fin16')
                                                                except KeyError as e:
                                                                    log.append('caught15')
                                                                    if 15 > 10:
                                                                        raise ValueError('re15') from e
                                                            except ValueError as e:
                                                                log.append('val14:' + str(e))
                                                        finally:
                                                            log.append('fin13')
                                                    except KeyError as e:
                                                        log.append('caught12')
                                                        if 12 > 10:
                                                            raise ValueError('re12') from e
                                                except ValueError as e:
                                                    log.append('val11:' + str(e))
                                            finally:
                                                log.append('fin10')
                                        except KeyError as e:
                                            log.append('caught9')
                                            if 9 > 10:
                                                raise ValueError('re9') from e
                                    except ValueError as e:
                                        log.append('val8:' + str(e))
                                finally:
                                    log.append('fin7')
                            except KeyError as e:
                                log.append('caught6')
                                if 6 > 10:
                                    raise ValueError('re6') from e
                        except ValueError as e:
                            log.append('val5:' + str(e))
                    finally:
                        log.append('fin4')
                except KeyError as e:
                    log.append('caught3')
                    if 3 > 10:
                        raise ValueError('re3') from e
            except ValueError as e:
                log.append('val2:' + str(e))
        finally:
            log.append('fin1')
    except KeyError as e:
        log.append('caught0')
        if 0 > 10:
            raise ValueError('re0') from e
    return 'end'
for n in (0, 1, 2):
    log.clear()
    print(n, nested_try(n))
    print(log)
def mk(i):
    return type('CM', (), {'__enter__': lambda s: i, '__exit__': lambda s, *a: log.append(f'exit{i}') or (i == 3 and a[0] is not None)})()
def nested_with():
    with mk(0) as v0:
        with mk(1) as v1:
            with mk(2) as v2:
                with mk(3) as v3:
                    with mk(4) as v4:
                        with mk(5) as v5:
                            with mk(6) as v6:
                                with mk(7) as v7:
                                    with mk(8) as v8:
                                        with mk(9) as v9:
                                            with mk(10) as v10:
                                                with mk(11) as v11:
                                                    log.append(v0 + v11)
                                                    raise RuntimeError('inside')
    return 'suppressed at 3'
log.clear()
print(nested_with())
print(log)
def loops():
    out = []
    for i0 in range(2):
        for i1 in range(2):
            for i2 in range(2):
                for i3 in range(2):
                    for i4 in range(2):
                        for i5 in range(2):
                            for i6 in range(2):
                                for i7 in range(2):
                                    if i7 and i6:
                                        continue
                                    if i0 and i1 and i2:
                                        return out
                                    out.append(i0 + i3 + i7)
    return out
r = loops()
print(len(r), sum(r))
def d0(a0):
    def d1(a1):
        def d2(a2):
            def d3(a3):
                def d4(a4):
                    def d5(a5):
                        def d6(a6):
                            def d7(a7):
                                def d8(a8):
                                    def d9(a9):
                                        def d10(a10):
                                            def d11(a11):
                                                def d12(a12):
                                                    def d13(a13):
                                                        def d14(a14):
                                                            def d15(a15):
                                                                def d16(a16):
                                                                    def d17(a17):
                                                                        def d18(a18):
                                                                            def d19(a19):
                                                                                def d20(a20):
                                                                                    def d21(a21):
                                                                                        def d22(a22):
                                                                                            def d23(a23):
                                                                                                def d24(a24):
                                                                                                    return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15 + a16 + a17 + a18 + a19 + a20 + a21 + a22 + a23 + a24
                                                                                                return d24
                                                                                            return d23
                                                                                        return d22
                                                                                    return d21
                                                                                return d20
                                                                            return d19
                                                                        return d18
                                                                    return d17
                                                                return d16
                                                            return d15
                                                        return d14
                                                    return d13
                                                return d12
                                            return d11
                                        return d10
                                    return d9
                                return d8
                            return d7
                        return d6
                    return d5
                return d4
            return d3
        return d2
    return d1
print(d0(0)(1)(2)(3)(4)(5)(6)(7)(8)(9)(10)(11)(12)(13)(14)(15)(16)(17)(18)(19)(20)(21)(22)(23)(24))
deep = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1,),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),),)
n = 0
while isinstance(deep, tuple):
    deep = deep[0]
    n += 1
print(n, deep)
print(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(-(1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
print(not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not True)
