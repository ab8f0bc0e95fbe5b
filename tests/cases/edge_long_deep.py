# Very long functions (hundreds of statements) and deeply nested expressions.
def long_fn(seed):
    acc = seed
    vals = []
    acc = (acc * 3 + 0) % 1000003
    v1 = acc ^ 1
    if acc % 3 == 2:
        vals.append(v1 if 'v1' in dir() else 2)
    else:
        acc += 2
    try:
        acc //= (acc % 7) - 3
    except ZeroDivisionError:
        acc += 3
    for j in range(4):
        acc += j * 4
        if j == 3:
            break
    s5 = str(acc)[::-1]
    acc += len(s5)
    while acc > 500000:
        acc -= 23 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 9)
    acc = (acc * 12 + 9) % 1000003
    v10 = acc ^ 10
    if acc % 3 == 2:
        vals.append(v10 if 'v10' in dir() else 11)
    else:
        acc += 11
    try:
        acc //= (acc % 7) - 5
    except ZeroDivisionError:
        acc += 12
    for j in range(3):
        acc += j * 13
        if j == 3:
            break
    s14 = str(acc)[::-1]
    acc += len(s14)
    while acc > 500000:
        acc -= 32 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 18)
    acc = (acc * 8 + 18) % 1000003
    v19 = acc ^ 19
    if acc % 3 == 2:
        vals.append(v19 if 'v19' in dir() else 20)
    else:
        acc += 20
    try:
        acc //= (acc % 7) - 0
    except ZeroDivisionError:
        acc += 21
    for j in range(2):
        acc += j * 22
        if j == 3:
            break
    s23 = str(acc)[::-1]
    acc += len(s23)
    while acc > 500000:
        acc -= 41 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 27)
    acc = (acc * 4 + 27) % 1000003
    v28 = acc ^ 28
    if acc % 3 == 2:
        vals.append(v28 if 'v28' in dir() else 29)
    else:
        acc += 29
    try:
        acc //= (acc % 7) - 2
    except ZeroDivisionError:
        acc += 30
    for j in range(1):
        acc += j * 31
        if j == 3:
            break
    s32 = str(acc)[::-1]
    acc += len(s32)
    while acc > 500000:
        acc -= 50 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 36)
    acc = (acc * 13 + 36) % 1000003
    v37 = acc ^ 37
    if acc % 3 == 2:
        vals.append(v37 if 'v37' in dir() else 38)
    else:
        acc += 38
    try:
        acc //= (acc % 7) - 4
    except ZeroDivisionError:
        acc += 39
    for j in range(0):
        acc += j * 40
        if j == 3:
            break
    s41 = str(acc)[::-1]
    acc += len(s41)
    while acc > 500000:
        acc -= 59 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 45)
    acc = (acc * 9 + 45) % 1000003
    v46 = acc ^ 46
    if acc % 3 == 2:
        vals.append(v46 if 'v46' in dir() else 47)
    else:
        acc += 47
    try:
        acc //= (acc % 7) - 6
    except ZeroDivisionError:
        acc += 48
    for j in range(4):
        acc += j * 49
        if j == 3:
            break
    s50 = str(acc)[::-1]
    acc += len(s50)
    while acc > 500000:
        acc -= 68 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 54)
    acc = (acc * 5 + 54) % 1000003
    v55 = acc ^ 55
    if acc % 3 == 2:
        vals.append(v55 if 'v55' in dir() else 56)
    else:
        acc += 56
    try:
        acc //= (acc % 7) - 1
    except ZeroDivisionError:
        acc += 57
    for j in range(3):
        acc += j * 58
        if j == 3:
            break
    s59 = str(acc)[::-1]
    acc += len(s59)
    while acc > 500000:
        acc -= 77 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 63)
    acc = (acc * 14 + 63) % 1000003
    v64 = acc ^ 64
    if acc % 3 == 2:
        vals.append(v64 if 'v64' in dir() else 65)
    else:
        acc += 65
    try:
        acc //= (acc % 7) - 3
    except ZeroDivisionError:
        acc += 66
    for j in range(2):
        acc += j * 67
        if j == 3:
            break
    s68 = str(acc)[::-1]
    acc += len(s68)
    while acc > 500000:
        acc -= 86 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 72)
    acc = (acc * 10 + 72) % 1000003
    v73 = acc ^ 73
    if acc % 3 == 2:
        vals.append(v73 if 'v73' in dir() else 74)
    else:
        acc += 74
    try:
        acc //= (acc % 7) - 5
    except ZeroDivisionError:
        acc += 75
    for j in range(1):
        acc += j * 76
        if j == 3:
            break
    s77 = str(acc)[::-1]
    acc += len(s77)
    while acc > 500000:
        acc -= 95 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 81)
    acc = (acc * 6 + 81) % 1000003
    v82 = acc ^ 82
    if acc % 3 == 2:
        vals.append(v82 if 'v82' in dir() else 83)
    else:
        acc += 83
    try:
        acc //= (acc % 7) - 0
    except ZeroDivisionError:
        acc += 84
    for j in range(0):
        acc += j * 85
        if j == 3:
            break
    s86 = str(acc)[::-1]
    acc += len(s86)
    while acc > 500000:
        acc -= 104 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 90)
    acc = (acc * 15 + 90) % 1000003
    v91 = acc ^ 91
    if acc % 3 == 2:
        vals.append(v91 if 'v91' in dir() else 92)
    else:
        acc += 92
    try:
        acc //= (acc % 7) - 2
    except ZeroDivisionError:
        acc += 93
    for j in range(4):
        acc += j * 94
        if j == 3:
            break
    s95 = str(acc)[::-1]
    acc += len(s95)
    while acc > 500000:
        acc -= 113 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 99)
    acc = (acc * 11 + 99) % 1000003
    v100 = acc ^ 100
    if acc % 3 == 2:
        vals.append(v100 if 'v100' in dir() else 101)
    else:
        acc += 101
    try:
        acc //= (acc % 7) - 4
    except ZeroDivisionError:
        acc += 102
    for j in range(3):
        acc += j * 103
        if j == 3:
            break
    s104 = str(acc)[::-1]
    acc += len(s104)
    while acc > 500000:
        acc -= 122 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 108)
    acc = (acc * 7 + 108) % 1000003
    v109 = acc ^ 109
    if acc % 3 == 2:
        vals.append(v109 if 'v109' in dir() else 110)
    else:
        acc += 110
    try:
        acc //= (acc % 7) - 6
    except ZeroDivisionError:
        acc += 111
    for j in range(2):
        acc += j * 112
        if j == 3:
            break
    s113 = str(acc)[::-1]
    acc += len(s113)
    while acc > 500000:
        acc -= 131 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 117)
    acc = (acc * 3 + 117) % 1000003
    v118 = acc ^ 118
    if acc % 3 == 2:
        vals.append(v118 if 'v118' in dir() else 119)
    else:
        acc += 119
    try:
        acc //= (acc % 7) - 1
    except ZeroDivisionError:
        acc += 120
    for j in range(1):
        acc += j * 121
        if j == 3:
            break
    s122 = str(acc)[::-1]
    acc += len(s122)
    while acc > 500000:
        acc -= 140 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 126)
    acc = (acc * 12 + 126) % 1000003
    v127 = acc ^ 127
    if acc % 3 == 2:
        vals.append(v127 if 'v127' in dir() else 128)
    else:
        acc += 128
    try:
        acc //= (acc % 7) - 3
    except ZeroDivisionError:
        acc += 129
    for j in range(0):
        acc += j * 130
        if j == 3:
            break
    s131 = str(acc)[::-1]
    acc += len(s131)
    while acc > 500000:
        acc -= 149 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 135)
    acc = (acc * 8 + 135) % 1000003
    v136 = acc ^ 136
    if acc % 3 == 2:
        vals.append(v136 if 'v136' in dir() else 137)
    else:
        acc += 137
    try:
        acc //= (acc % 7) - 5
    except ZeroDivisionError:
        acc += 138
    for j in range(4):
        acc += j * 139
        if j == 3:
            break
    s140 = str(acc)[::-1]
    acc += len(s140)
    while acc > 500000:
        acc -= 158 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 144)
    acc = (acc * 4 + 144) % 1000003
    v145 = acc ^ 145
    if acc % 3 == 2:
        vals.append(v145 if 'v145' in dir() else 146)
    else:
        acc += 146
    try:
        acc //= (acc % 7) - 0
    except ZeroDivisionError:
        acc += 147
    for j in range(3):
        acc += j * 148
        if j == 3:
            break
    s149 = str(acc)[::-1]
    acc += len(s149)
    while acc > 500000:
        acc -= 167 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 153)
    acc = (acc * 13 + 153) % 1000003
    v154 = acc ^ 154
    if acc % 3 == 2:
        vals.append(v154 if 'v154' in dir() else 155)
    else:
        acc += 155
    try:
        acc //= (acc % 7) - 2
    except ZeroDivisionError:
        acc += 156
    for j in range(2):
        acc += j * 157
        if j == 3:
            break
    s158 = str(acc)[::-1]
    acc += len(s158)
    while acc > 500000:
        acc -= 176 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 162)
    acc = (acc * 9 + 162) % 1000003
    v163 = acc ^ 163
    if acc % 3 == 2:
        vals.append(v163 if 'v163' in dir() else 164)
    else:
        acc += 164
    try:
        acc //= (acc % 7) - 4
    except ZeroDivisionError:
        acc += 165
    for j in range(1):
        acc += j * 166
        if j == 3:
            break
    s167 = str(acc)[::-1]
    acc += len(s167)
    while acc > 500000:
        acc -= 185 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 171)
    acc = (acc * 5 + 171) % 1000003
    v172 = acc ^ 172
    if acc % 3 == 2:
        vals.append(v172 if 'v172' in dir() else 173)
    else:
        acc += 173
    try:
        acc //= (acc % 7) - 6
    except ZeroDivisionError:
        acc += 174
    for j in range(0):
        acc += j * 175
        if j == 3:
            break
    s176 = str(acc)[::-1]
    acc += len(s176)
    while acc > 500000:
        acc -= 194 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 180)
    acc = (acc * 14 + 180) % 1000003
    v181 = acc ^ 181
    if acc % 3 == 2:
        vals.append(v181 if 'v181' in dir() else 182)
    else:
        acc += 182
    try:
        acc //= (acc % 7) - 1
    except ZeroDivisionError:
        acc += 183
    for j in range(4):
        acc += j * 184
        if j == 3:
            break
    s185 = str(acc)[::-1]
    acc += len(s185)
    while acc > 500000:
        acc -= 203 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 189)
    acc = (acc * 10 + 189) % 1000003
    v190 = acc ^ 190
    if acc % 3 == 2:
        vals.append(v190 if 'v190' in dir() else 191)
    else:
        acc += 191
    try:
        acc //= (acc % 7) - 3
    except ZeroDivisionError:
        acc += 192
    for j in range(3):
        acc += j * 193
        if j == 3:
            break
    s194 = str(acc)[::-1]
    acc += len(s194)
    while acc > 500000:
        acc -= 212 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 198)
    acc = (acc * 6 + 198) % 1000003
    v199 = acc ^ 199
    if acc % 3 == 2:
        vals.append(v199 if 'v199' in dir() else 200)
    else:
        acc += 200
    try:
        acc //= (acc % 7) - 5
    except ZeroDivisionError:
        acc += 201
    for j in range(2):
        acc += j * 202
        if j == 3:
            break
    s203 = str(acc)[::-1]
    acc += len(s203)
    while acc > 500000:
        acc -= 221 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 207)
    acc = (acc * 15 + 207) % 1000003
    v208 = acc ^ 208
    if acc % 3 == 2:
        vals.append(v208 if 'v208' in dir() else 209)
    else:
        acc += 209
    try:
        acc //= (acc % 7) - 0
    except ZeroDivisionError:
        acc += 210
    for j in range(1):
        acc += j * 211
        if j == 3:
            break
    s212 = str(acc)[::-1]
    acc += len(s212)
    while acc > 500000:
        acc -= 230 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 216)
    acc = (acc * 11 + 216) % 1000003
    v217 = acc ^ 217
    if acc % 3 == 2:
        vals.append(v217 if 'v217' in dir() else 218)
    else:
        acc += 218
    try:
        acc //= (acc % 7) - 2
    except ZeroDivisionError:
        acc += 219
    for j in range(0):
        acc += j * 220
        if j == 3:
            break
    s221 = str(acc)[::-1]
    acc += len(s221)
    while acc > 500000:
        acc -= 239 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 225)
    acc = (acc * 7 + 225) % 1000003
    v226 = acc ^ 226
    if acc % 3 == 2:
        vals.append(v226 if 'v226' in dir() else 227)
    else:
        acc += 227
    try:
        acc //= (acc % 7) - 4
    except ZeroDivisionError:
        acc += 228
    for j in range(4):
        acc += j * 229
        if j == 3:
            break
    s230 = str(acc)[::-1]
    acc += len(s230)
    while acc > 500000:
        acc -= 248 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 234)
    acc = (acc * 3 + 234) % 1000003
    v235 = acc ^ 235
    if acc % 3 == 2:
        vals.append(v235 if 'v235' in dir() else 236)
    else:
        acc += 236
    try:
        acc //= (acc % 7) - 6
    except ZeroDivisionError:
        acc += 237
    for j in range(3):
        acc += j * 238
        if j == 3:
            break
    s239 = str(acc)[::-1]
    acc += len(s239)
    while acc > 500000:
        acc -= 257 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 243)
    acc = (acc * 12 + 243) % 1000003
    v244 = acc ^ 244
    if acc % 3 == 2:
        vals.append(v244 if 'v244' in dir() else 245)
    else:
        acc += 245
    try:
        acc //= (acc % 7) - 1
    except ZeroDivisionError:
        acc += 246
    for j in range(2):
        acc += j * 247
        if j == 3:
            break
    s248 = str(acc)[::-1]
    acc += len(s248)
    while acc > 500000:
        acc -= 266 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 252)
    acc = (acc * 8 + 252) % 1000003
    v253 = acc ^ 253
    if acc % 3 == 2:
        vals.append(v253 if 'v253' in dir() else 254)
    else:
        acc += 254
    try:
        acc //= (acc % 7) - 3
    except ZeroDivisionError:
        acc += 255
    for j in range(1):
        acc += j * 256
        if j == 3:
            break
    s257 = str(acc)[::-1]
    acc += len(s257)
    while acc > 500000:
        acc -= 275 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 261)
    acc = (acc * 4 + 261) % 1000003
    v262 = acc ^ 262
    if acc % 3 == 2:
        vals.append(v262 if 'v262' in dir() else 263)
    else:
        acc += 263
    try:
        acc //= (acc % 7) - 5
    except ZeroDivisionError:
        acc += 264
    for j in range(0):
        acc += j * 265
        if j == 3:
            break
    s266 = str(acc)[::-1]
    acc += len(s266)
    while acc > 500000:
        acc -= 284 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 270)
    acc = (acc * 13 + 270) % 1000003
    v271 = acc ^ 271
    if acc % 3 == 2:
        vals.append(v271 if 'v271' in dir() else 272)
    else:
        acc += 272
    try:
        acc //= (acc % 7) - 0
    except ZeroDivisionError:
        acc += 273
    for j in range(4):
        acc += j * 274
        if j == 3:
            break
    s275 = str(acc)[::-1]
    acc += len(s275)
    while acc > 500000:
        acc -= 293 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 279)
    acc = (acc * 9 + 279) % 1000003
    v280 = acc ^ 280
    if acc % 3 == 2:
        vals.append(v280 if 'v280' in dir() else 281)
    else:
        acc += 281
    try:
        acc //= (acc % 7) - 2
    except ZeroDivisionError:
        acc += 282
    for j in range(3):
        acc += j * 283
        if j == 3:
            break
    s284 = str(acc)[::-1]
    acc += len(s284)
    while acc > 500000:
        acc -= 302 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 288)
    acc = (acc * 5 + 288) % 1000003
    v289 = acc ^ 289
    if acc % 3 == 2:
        vals.append(v289 if 'v289' in dir() else 290)
    else:
        acc += 290
    try:
        acc //= (acc % 7) - 4
    except ZeroDivisionError:
        acc += 291
    for j in range(2):
        acc += j * 292
        if j == 3:
            break
    s293 = str(acc)[::-1]
    acc += len(s293)
    while acc > 500000:
        acc -= 311 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 297)
    acc = (acc * 14 + 297) % 1000003
    v298 = acc ^ 298
    if acc % 3 == 2:
        vals.append(v298 if 'v298' in dir() else 299)
    else:
        acc += 299
    try:
        acc //= (acc % 7) - 6
    except ZeroDivisionError:
        acc += 300
    for j in range(1):
        acc += j * 301
        if j == 3:
            break
    s302 = str(acc)[::-1]
    acc += len(s302)
    while acc > 500000:
        acc -= 320 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 306)
    acc = (acc * 10 + 306) % 1000003
    v307 = acc ^ 307
    if acc % 3 == 2:
        vals.append(v307 if 'v307' in dir() else 308)
    else:
        acc += 308
    try:
        acc //= (acc % 7) - 1
    except ZeroDivisionError:
        acc += 309
    for j in range(0):
        acc += j * 310
        if j == 3:
            break
    s311 = str(acc)[::-1]
    acc += len(s311)
    while acc > 500000:
        acc -= 329 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 315)
    acc = (acc * 6 + 315) % 1000003
    v316 = acc ^ 316
    if acc % 3 == 2:
        vals.append(v316 if 'v316' in dir() else 317)
    else:
        acc += 317
    try:
        acc //= (acc % 7) - 3
    except ZeroDivisionError:
        acc += 318
    for j in range(4):
        acc += j * 319
        if j == 3:
            break
    s320 = str(acc)[::-1]
    acc += len(s320)
    while acc > 500000:
        acc -= 338 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 324)
    acc = (acc * 15 + 324) % 1000003
    v325 = acc ^ 325
    if acc % 3 == 2:
        vals.append(v325 if 'v325' in dir() else 326)
    else:
        acc += 326
    try:
        acc //= (acc % 7) - 5
    except ZeroDivisionError:
        acc += 327
    for j in range(3):
        acc += j * 328
        if j == 3:
            break
    s329 = str(acc)[::-1]
    acc += len(s329)
    while acc > 500000:
        acc -= 347 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 333)
    acc = (acc * 11 + 333) % 1000003
    v334 = acc ^ 334
    if acc % 3 == 2:
        vals.append(v334 if 'v334' in dir() else 335)
    else:
        acc += 335
    try:
        acc //= (acc % 7) - 0
    except ZeroDivisionError:
        acc += 336
    for j in range(2):
        acc += j * 337
        if j == 3:
            break
    s338 = str(acc)[::-1]
    acc += len(s338)
    while acc > 500000:
        acc -= 356 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 342)
    acc = (acc * 7 + 342) % 1000003
    v343 = acc ^ 343
    if acc % 3 == 2:
        vals.append(v343 if 'v343' in dir() else 344)
    else:
        acc += 344
    try:
        acc //= (acc % 7) - 2
    except ZeroDivisionError:
        acc += 345
    for j in range(1):
        acc += j * 346
        if j == 3:
            break
    s347 = str(acc)[::-1]
    acc += len(s347)
    while acc > 500000:
        acc -= 365 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 351)
    acc = (acc * 3 + 351) % 1000003
    v352 = acc ^ 352
    if acc % 3 == 2:
        vals.append(v352 if 'v352' in dir() else 353)
    else:
        acc += 353
    try:
        acc //= (acc % 7) - 4
    except ZeroDivisionError:
        acc += 354
    for j in range(0):
        acc += j * 355
        if j == 3:
            break
    s356 = str(acc)[::-1]
    acc += len(s356)
    while acc > 500000:
        acc -= 374 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 360)
    acc = (acc * 12 + 360) % 1000003
    v361 = acc ^ 361
    if acc % 3 == 2:
        vals.append(v361 if 'v361' in dir() else 362)
    else:
        acc += 362
    try:
        acc //= (acc % 7) - 6
    except ZeroDivisionError:
        acc += 363
    for j in range(4):
        acc += j * 364
        if j == 3:
            break
    s365 = str(acc)[::-1]
    acc += len(s365)
    while acc > 500000:
        acc -= 383 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 369)
    acc = (acc * 8 + 369) % 1000003
    v370 = acc ^ 370
    if acc % 3 == 2:
        vals.append(v370 if 'v370' in dir() else 371)
    else:
        acc += 371
    try:
        acc //= (acc % 7) - 1
    except ZeroDivisionError:
        acc += 372
    for j in range(3):
        acc += j * 373
        if j == 3:
            break
    s374 = str(acc)[::-1]
    acc += len(s374)
    while acc > 500000:
        acc -= 392 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 378)
    acc = (acc * 4 + 378) % 1000003
    v379 = acc ^ 379
    if acc % 3 == 2:
        vals.append(v379 if 'v379' in dir() else 380)
    else:
        acc += 380
    try:
        acc //= (acc % 7) - 3
    except ZeroDivisionError:
        acc += 381
    for j in range(2):
        acc += j * 382
        if j == 3:
            break
    s383 = str(acc)[::-1]
    acc += len(s383)
    while acc > 500000:
        acc -= 401 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 387)
    acc = (acc * 13 + 387) % 1000003
    v388 = acc ^ 388
    if acc % 3 == 2:
        vals.append(v388 if 'v388' in dir() else 389)
    else:
        acc += 389
    try:
        acc //= (acc % 7) - 5
    except ZeroDivisionError:
        acc += 390
    for j in range(1):
        acc += j * 391
        if j == 3:
            break
    s392 = str(acc)[::-1]
    acc += len(s392)
    while acc > 500000:
        acc -= 410 * 1000
    acc = acc if acc < 10 ** 6 else acc % 999
    vals.append(acc % 396)
    acc = (acc * 9 + 396) % 1000003
    v397 = acc ^ 397
    if acc % 3 == 2:
        vals.append(v397 if 'v397' in dir() else 398)
    else:
        acc += 398
    try:
        acc //= (acc % 7) - 0
    except ZeroDivisionError:
        acc += 399
    return acc, len(vals), sum(vals), v1 + v397
print(long_fn(1), long_fn(12345))
print(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1 + 1) * 2) - 3) // 4) % 5) + 6) * 7) - 1) // 2) % 3) + 4) * 5) - 6) // 7) % 1) + 2) * 3) - 4) // 5) % 6) + 7) * 1) - 2) // 3) % 4) + 5) * 6) - 7) // 1) % 2) + 3) * 4) - 5) // 6) % 7) + 1) * 2) - 3) // 4) % 5) + 6) * 7) - 1) // 2) % 3) + 4) * 5) - 6) // 7) % 1) + 2) * 3) - 4) // 5) % 6) + 7) * 1) - 2) // 3) % 4))
x = 'core'
deep = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x, 0], 1], 2], 3], 4], 5], 6], 7], 8], 9], 10], 11], 12], 13], 14], 15], 16], 17], 18], 19], 20], 21], 22], 23], 24], 25], 26], 27], 28], 29], 30], 31], 32], 33], 34], 35], 36], 37], 38], 39]
d = deep
n = 0
while isinstance(d, list):
    d = d[0]
    n += 1
print(d, n)
print((((((((((((((((((((((((((((((((((((((((((((((((((('leaf' if n > 0 else 0) if n > 1 else 1) if n > 2 else 2) if n > 3 else 3) if n > 4 else 4) if n > 5 else 5) if n > 6 else 6) if n > 7 else 7) if n > 8 else 8) if n > 9 else 9) if n > 10 else 10) if n > 11 else 11) if n > 12 else 12) if n > 13 else 13) if n > 14 else 14) if n > 15 else 15) if n > 16 else 16) if n > 17 else 17) if n > 18 else 18) if n > 19 else 19) if n > 20 else 20) if n > 21 else 21) if n > 22 else 22) if n > 23 else 23) if n > 24 else 24) if n > 25 else 25) if n > 26 else 26) if n > 27 else 27) if n > 28 else 28) if n > 29 else 29) if n > 30 else 30) if n > 31 else 31) if n > 32 else 32) if n > 33 else 33) if n > 34 else 34) if n > 35 else 35) if n > 36 else 36) if n > 37 else 37) if n > 38 else 38) if n > 39 else 39) if n > 40 else 40) if n > 41 else 41) if n > 42 else 42) if n > 43 else 43) if n > 44 else 44) if n > 45 else 45) if n > 46 else 46) if n > 47 else 47) if n > 48 else 48) if n > 49 else 49))
f0 = lambda v: v + 1
f1 = lambda v: v * 2
f2 = lambda v: v - 3
print(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(f2(f1(f0(0)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
print((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not ((not (True and 0 >= 0) or 1 < 3 and False) and 2 >= 0) or 3 < 3 and False) and 4 >= 0) or 5 < 3 and False) and 6 >= 0) or 7 < 3 and False) and 8 >= 0) or 9 < 3 and False) and 10 >= 0) or 11 < 3 and False) and 12 >= 0) or 13 < 3 and False) and 14 >= 0) or 15 < 3 and False) and 16 >= 0) or 17 < 3 and False) and 18 >= 0) or 19 < 3 and False) and 20 >= 0) or 21 < 3 and False) and 22 >= 0) or 23 < 3 and False) and 24 >= 0) or 25 < 3 and False) and 26 >= 0) or 27 < 3 and False) and 28 >= 0) or 29 < 3 and False) and 30 >= 0) or 31 < 3 and False) and 32 >= 0) or 33 < 3 and False) and 34 >= 0) or 35 < 3 and False) and 36 >= 0) or 37 < 3 and False) and 38 >= 0) or 39 < 3 and False) and 40 >= 0) or 41 < 3 and False) and 42 >= 0) or 43 < 3 and False) and 44 >= 0) or 45 < 3 and False) and 46 >= 0) or 47 < 3 and False) and 48 >= 0) or 49 < 3 and False) and 50 >= 0) or 51 < 3 and False) and 52 >= 0) or 53 < 3 and False) and 54 >= 0) or 55 < 3 and False) and 56 >= 0) or 57 < 3 and False) and 58 >= 0) or 59 < 3 and False) and 60 >= 0) or 61 < 3 and False) and 62 >= 0) or 63 < 3 and False) and 64 >= 0) or 65 < 3 and False) and 66 >= 0) or 67 < 3 and False) and 68 >= 0) or 69 < 3 and False))
def classify(n):
    if n == 0:
        return 'c0'
    elif n == 7:
        return 'c1'
    elif n == 14:
        return 'c2'
    elif n == 21:
        return 'c3'
    elif n == 28:
        return 'c4'
    elif n == 35:
        return 'c5'
    elif n == 42:
        return 'c6'
    elif n == 49:
        return 'c7'
    elif n == 56:
        return 'c8'
    elif n == 63:
        return 'c9'
    elif n == 70:
        return 'c10'
    elif n == 77:
        return 'c11'
    elif n == 84:
        return 'c12'
    elif n == 91:
        return 'c13'
    elif n == 98:
        return 'c14'
    elif n == 105:
        return 'c15'
    elif n == 112:
        return 'c16'
    elif n == 119:
        return 'c17'
    elif n == 126:
        return 'c18'
    elif n == 133:
        return 'c19'
    elif n == 140:
        return 'c20'
    elif n == 147:
        return 'c21'
    elif n == 154:
        return 'c22'
    elif n == 161:
        return 'c23'
    elif n == 168:
        return 'c24'
    elif n == 175:
        return 'c25'
    elif n == 182:
        return 'c26'
    elif n == 189:
        return 'c27'
    elif n == 196:
        return 'c28'
    elif n == 203:
        return 'c29'
    elif n == 210:
        return 'c30'
    elif n == 217:
        return 'c31'
    elif n == 224:
        return 'c32'
    elif n == 231:
        return 'c33'
    elif n == 238:
        return 'c34'
    elif n == 245:
        return 'c35'
    elif n == 252:
        return 'c36'
    elif n == 259:
        return 'c37'
    elif n == 266:
        return 'c38'
    elif n == 273:
        return 'c39'
    elif n == 280:
        return 'c40'
    elif n == 287:
        return 'c41'
    elif n == 294:
        return 'c42'
    elif n == 301:
        return 'c43'
    elif n == 308:
        return 'c44'
    elif n == 315:
        return 'c45'
    elif n == 322:
        return 'c46'
    elif n == 329:
        return 'c47'
    elif n == 336:
        return 'c48'
    elif n == 343:
        return 'c49'
    elif n == 350:
        return 'c50'
    elif n == 357:
        return 'c51'
    elif n == 364:
        return 'c52'
    elif n == 371:
        return 'c53'
    elif n == 378:
        return 'c54'
    elif n == 385:
        return 'c55'
    elif n == 392:
        return 'c56'
    elif n == 399:
        return 'c57'
    elif n == 406:
        return 'c58'
    elif n == 413:
        return 'c59'
    elif n == 420:
        return 'c60'
    elif n == 427:
        return 'c61'
    elif n == 434:
        return 'c62'
    elif n == 441:
        return 'c63'
    elif n == 448:
        return 'c64'
    elif n == 455:
        return 'c65'
    elif n == 462:
        return 'c66'
    elif n == 469:
        return 'c67'
    elif n == 476:
        return 'c68'
    elif n == 483:
        return 'c69'
    elif n == 490:
        return 'c70'
    elif n == 497:
        return 'c71'
    elif n == 504:
        return 'c72'
    elif n == 511:
        return 'c73'
    elif n == 518:
        return 'c74'
    elif n == 525:
        return 'c75'
    elif n == 532:
        return 'c76'
    elif n == 539:
        return 'c77'
    elif n == 546:
        return 'c78'
    elif n == 553:
        return 'c79'
    elif n == 560:
        return 'c80'
    elif n == 567:
        return 'c81'
    elif n == 574:
        return 'c82'
    elif n == 581:
        return 'c83'
    elif n == 588:
        return 'c84'
    elif n == 595:
        return 'c85'
    elif n == 602:
        return 'c86'
    elif n == 609:
        return 'c87'
    elif n == 616:
        return 'c88'
    elif n == 623:
        return 'c89'
    elif n == 630:
        return 'c90'
    elif n == 637:
        return 'c91'
    elif n == 644:
        return 'c92'
    elif n == 651:
        return 'c93'
    elif n == 658:
        return 'c94'
    elif n == 665:
        return 'c95'
    elif n == 672:
        return 'c96'
    elif n == 679:
        return 'c97'
    elif n == 686:
        return 'c98'
    elif n == 693:
        return 'c99'
    elif n == 700:
        return 'c100'
    elif n == 707:
        return 'c101'
    elif n == 714:
        return 'c102'
    elif n == 721:
        return 'c103'
    elif n == 728:
        return 'c104'
    elif n == 735:
        return 'c105'
    elif n == 742:
        return 'c106'
    elif n == 749:
        return 'c107'
    elif n == 756:
        return 'c108'
    elif n == 763:
        return 'c109'
    elif n == 770:
        return 'c110'
    elif n == 777:
        return 'c111'
    elif n == 784:
        return 'c112'
    elif n == 791:
        return 'c113'
    elif n == 798:
        return 'c114'
    elif n == 805:
        return 'c115'
    elif n == 812:
        return 'c116'
    elif n == 819:
        return 'c117'
    elif n == 826:
        return 'c118'
    elif n == 833:
        return 'c119'
    elif n == 840:
        return 'c120'
    elif n == 847:
        return 'c121'
    elif n == 854:
        return 'c122'
    elif n == 861:
        return 'c123'
    elif n == 868:
        return 'c124'
    elif n == 875:
        return 'c125'
    elif n == 882:
        return 'c126'
    elif n == 889:
        return 'c127'
    elif n == 896:
        return 'c128'
    elif n == 903:
        return 'c129'
    elif n == 910:
        return 'c130'
    elif n == 917:
        return 'c131'
    elif n == 924:
        return 'c132'
    elif n == 931:
        return 'c133'
    elif n == 938:
        return 'c134'
    elif n == 945:
        return 'c135'
    elif n == 952:
        return 'c136'
    elif n == 959:
        return 'c137'
    elif n == 966:
        return 'c138'
    elif n == 973:
        return 'c139'
    elif n == 980:
        return 'c140'
    elif n == 987:
        return 'c141'
    elif n == 994:
        return 'c142'
    elif n == 1001:
        return 'c143'
    elif n == 1008:
        return 'c144'
    elif n == 1015:
        return 'c145'
    elif n == 1022:
        return 'c146'
    elif n == 1029:
        return 'c147'
    elif n == 1036:
        return 'c148'
    elif n == 1043:
        return 'c149'
    else:
        return 'other'
print([classify(i) for i in (0, 7, 700, 1043, 1050, 3)])
def many_locals():
    l0 = 0 * 2
    l1 = 1 * 2
    l2 = 2 * 2
    l3 = 3 * 2
    l4 = 4 * 2
    l5 = 5 * 2
    l6 = 6 * 2
    l7 = 7 * 2
    l8 = 8 * 2
    l9 = 9 * 2
    l10 = 10 * 2
    l11 = 11 * 2
    l12 = 12 * 2
    l13 = 13 * 2
    l14 = 14 * 2
    l15 = 15 * 2
    l16 = 16 * 2
    l17 = 17 * 2
    l18 = 18 * 2
    l19 = 19 * 2
    l20 = 20 * 2
    l21 = 21 * 2
    l22 = 22 * 2
    l23 = 23 * 2
    l24 = 24 * 2
    l25 = 25 * 2
    l26 = 26 * 2
    l27 = 27 * 2
    l28 = 28 * 2
    l29 = 29 * 2
    l30 = 30 * 2
    l31 = 31 * 2
    l32 = 32 * 2
    l33 = 33 * 2
    l34 = 34 * 2
    l35 = 35 * 2
    l36 = 36 * 2
    l37 = 37 * 2
    l38 = 38 * 2
    l39 = 39 * 2
    l40 = 40 * 2
    l41 = 41 * 2
    l42 = 42 * 2
    l43 = 43 * 2
    l44 = 44 * 2
    l45 = 45 * 2
    l46 = 46 * 2
    l47 = 47 * 2
    l48 = 48 * 2
    l49 = 49 * 2
    l50 = 50 * 2
    l51 = 51 * 2
    l52 = 52 * 2
    l53 = 53 * 2
    l54 = 54 * 2
    l55 = 55 * 2
    l56 = 56 * 2
    l57 = 57 * 2
    l58 = 58 * 2
    l59 = 59 * 2
    l60 = 60 * 2
    l61 = 61 * 2
    l62 = 62 * 2
    l63 = 63 * 2
    l64 = 64 * 2
    l65 = 65 * 2
    l66 = 66 * 2
    l67 = 67 * 2
    l68 = 68 * 2
    l69 = 69 * 2
    l70 = 70 * 2
    l71 = 71 * 2
    l72 = 72 * 2
    l73 = 73 * 2
    l74 = 74 * 2
    l75 = 75 * 2
    l76 = 76 * 2
    l77 = 77 * 2
    l78 = 78 * 2
    l79 = 79 * 2
    l80 = 80 * 2
    l81 = 81 * 2
    l82 = 82 * 2
    l83 = 83 * 2
    l84 = 84 * 2
    l85 = 85 * 2
    l86 = 86 * 2
    l87 = 87 * 2
    l88 = 88 * 2
    l89 = 89 * 2
    l90 = 90 * 2
    l91 = 91 * 2
    l92 = 92 * 2
    l93 = 93 * 2
    l94 = 94 * 2
    l95 = 95 * 2
    l96 = 96 * 2
    l97 = 97 * 2
    l98 = 98 * 2
    l99 = 99 * 2
    l100 = 100 * 2
    l101 = 101 * 2
    l102 = 102 * 2
    l103 = 103 * 2
    l104 = 104 * 2
    l105 = 105 * 2
    l106 = 106 * 2
    l107 = 107 * 2
    l108 = 108 * 2
    l109 = 109 * 2
    l110 = 110 * 2
    l111 = 111 * 2
    l112 = 112 * 2
    l113 = 113 * 2
    l114 = 114 * 2
    l115 = 115 * 2
    l116 = 116 * 2
    l117 = 117 * 2
    l118 = 118 * 2
    l119 = 119 * 2
    l120 = 120 * 2
    l121 = 121 * 2
    l122 = 122 * 2
    l123 = 123 * 2
    l124 = 124 * 2
    l125 = 125 * 2
    l126 = 126 * 2
    l127 = 127 * 2
    l128 = 128 * 2
    l129 = 129 * 2
    l130 = 130 * 2
    l131 = 131 * 2
    l132 = 132 * 2
    l133 = 133 * 2
    l134 = 134 * 2
    l135 = 135 * 2
    l136 = 136 * 2
    l137 = 137 * 2
    l138 = 138 * 2
    l139 = 139 * 2
    l140 = 140 * 2
    l141 = 141 * 2
    l142 = 142 * 2
    l143 = 143 * 2
    l144 = 144 * 2
    l145 = 145 * 2
    l146 = 146 * 2
    l147 = 147 * 2
    l148 = 148 * 2
    l149 = 149 * 2
    l150 = 150 * 2
    l151 = 151 * 2
    l152 = 152 * 2
    l153 = 153 * 2
    l154 = 154 * 2
    l155 = 155 * 2
    l156 = 156 * 2
    l157 = 157 * 2
    l158 = 158 * 2
    l159 = 159 * 2
    l160 = 160 * 2
    l161 = 161 * 2
    l162 = 162 * 2
    l163 = 163 * 2
    l164 = 164 * 2
    l165 = 165 * 2
    l166 = 166 * 2
    l167 = 167 * 2
    l168 = 168 * 2
    l169 = 169 * 2
    l170 = 170 * 2
    l171 = 171 * 2
    l172 = 172 * 2
    l173 = 173 * 2
    l174 = 174 * 2
    l175 = 175 * 2
    l176 = 176 * 2
    l177 = 177 * 2
    l178 = 178 * 2
    l179 = 179 * 2
    l180 = 180 * 2
    l181 = 181 * 2
    l182 = 182 * 2
    l183 = 183 * 2
    l184 = 184 * 2
    l185 = 185 * 2
    l186 = 186 * 2
    l187 = 187 * 2
    l188 = 188 * 2
    l189 = 189 * 2
    l190 = 190 * 2
    l191 = 191 * 2
    l192 = 192 * 2
    l193 = 193 * 2
    l194 = 194 * 2
    l195 = 195 * 2
    l196 = 196 * 2
    l197 = 197 * 2
    l198 = 198 * 2
    l199 = 199 * 2
    l200 = 200 * 2
    l201 = 201 * 2
    l202 = 202 * 2
    l203 = 203 * 2
    l204 = 204 * 2
    l205 = 205 * 2
    l206 = 206 * 2
    l207 = 207 * 2
    l208 = 208 * 2
    l209 = 209 * 2
    l210 = 210 * 2
    l211 = 211 * 2
    l212 = 212 * 2
    l213 = 213 * 2
    l214 = 214 * 2
    l215 = 215 * 2
    l216 = 216 * 2
    l217 = 217 * 2
    l218 = 218 * 2
    l219 = 219 * 2
    l220 = 220 * 2
    l221 = 221 * 2
    l222 = 222 * 2
    l223 = 223 * 2
    l224 = 224 * 2
    l225 = 225 * 2
    l226 = 226 * 2
    l227 = 227 * 2
    l228 = 228 * 2
    l229 = 229 * 2
    l230 = 230 * 2
    l231 = 231 * 2
    l232 = 232 * 2
    l233 = 233 * 2
    l234 = 234 * 2
    l235 = 235 * 2
    l236 = 236 * 2
    l237 = 237 * 2
    l238 = 238 * 2
    l239 = 239 * 2
    l240 = 240 * 2
    l241 = 241 * 2
    l242 = 242 * 2
    l243 = 243 * 2
    l244 = 244 * 2
    l245 = 245 * 2
    l246 = 246 * 2
    l247 = 247 * 2
    l248 = 248 * 2
    l249 = 249 * 2
    l250 = 250 * 2
    l251 = 251 * 2
    l252 = 252 * 2
    l253 = 253 * 2
    l254 = 254 * 2
    l255 = 255 * 2
    l256 = 256 * 2
    l257 = 257 * 2
    l258 = 258 * 2
    l259 = 259 * 2
    l260 = 260 * 2
    l261 = 261 * 2
    l262 = 262 * 2
    l263 = 263 * 2
    l264 = 264 * 2
    l265 = 265 * 2
    l266 = 266 * 2
    l267 = 267 * 2
    l268 = 268 * 2
    l269 = 269 * 2
    l270 = 270 * 2
    l271 = 271 * 2
    l272 = 272 * 2
    l273 = 273 * 2
    l274 = 274 * 2
    l275 = 275 * 2
    l276 = 276 * 2
    l277 = 277 * 2
    l278 = 278 * 2
    l279 = 279 * 2
    l280 = 280 * 2
    l281 = 281 * 2
    l282 = 282 * 2
    l283 = 283 * 2
    l284 = 284 * 2
    l285 = 285 * 2
    l286 = 286 * 2
    l287 = 287 * 2
    l288 = 288 * 2
    l289 = 289 * 2
    l290 = 290 * 2
    l291 = 291 * 2
    l292 = 292 * 2
    l293 = 293 * 2
    l294 = 294 * 2
    l295 = 295 * 2
    l296 = 296 * 2
    l297 = 297 * 2
    l298 = 298 * 2
    l299 = 299 * 2
    return l0 + l3 + l6 + l9 + l12 + l15 + l18 + l21 + l24 + l27 + l30 + l33 + l36 + l39 + l42 + l45 + l48 + l51 + l54 + l57 + l60 + l63 + l66 + l69 + l72 + l75 + l78 + l81 + l84 + l87 + l90 + l93 + l96 + l99 + l102 + l105 + l108 + l111 + l114 + l117 + l120 + l123 + l126 + l129 + l132 + l135 + l138 + l141 + l144 + l147 + l150 + l153 + l156 + l159 + l162 + l165 + l168 + l171 + l174 + l177 + l180 + l183 + l186 + l189 + l192 + l195 + l198 + l201 + l204 + l207 + l210 + l213 + l216 + l219 + l222 + l225 + l228 + l231 + l234 + l237 + l240 + l243 + l246 + l249 + l252 + l255 + l258 + l261 + l264 + l267 + l270 + l273 + l276 + l279 + l282 + l285 + l288 + l291 + l294 + l297, len(locals())
print(many_locals())
big = {'k0': [0, 0.5, 'v0'], 'k1': [1, 1.5, 'v1'], 'k2': [2, 2.5, 'v2'], 'k3': [3, 3.5, 'v3'], 'k4': [4, 4.5, 'v4'], 'k5': [5, 5.5, 'v5'], 'k6': [6, 6.5, 'v6'], 'k7': [7, 7.5, 'v7'], 'k8': [8, 8.5, 'v8'], 'k9': [9, 9.5, 'v9'], 'k10': [10, 10.5, 'v10'], 'k11': [11, 11.5, 'v11'], 'k12': [12, 12.5, 'v12'], 'k13': [13, 13.5, 'v13'], 'k14': [14, 14.5, 'v14'], 'k15': [15, 15.5, 'v15'], 'k16': [16, 16.5, 'v16'], 'k17': [17, 17.5, 'v17'], 'k18': [18, 18.5, 'v18'], 'k19': [19, 19.5, 'v19'], 'k20': [20, 20.5, 'v20'], 'k21': [21, 21.5, 'v21'], 'k22': [22, 22.5, 'v22'], 'k23': [23, 23.5, 'v23'], 'k24': [24, 24.5, 'v24'], 'k25': [25, 25.5, 'v25'], 'k26': [26, 26.5, 'v26'], 'k27': [27, 27.5, 'v27'], 'k28': [28, 28.5, 'v28'], 'k29': [29, 29.5, 'v29'], 'k30': [30, 30.5, 'v30'], 'k31': [31, 31.5, 'v31'], 'k32': [32, 32.5, 'v32'], 'k33': [33, 33.5, 'v33'], 'k34': [34, 34.5, 'v34'], 'k35': [35, 35.5, 'v35'], 'k36': [36, 36.5, 'v36'], 'k37': [37, 37.5, 'v37'], 'k38': [38, 38.5, 'v38'], 'k39': [39, 39.5, 'v39'], 'k40': [40, 40.5, 'v40'], 'k41': [41, 41.5, 'v41'], 'k42': [42, 42.5, 'v42'], 'k43': [43, 43.5, 'v43'], 'k44': [44, 44.5, 'v44'], 'k45': [45, 45.5, 'v45'], 'k46': [46, 46.5, 'v46'], 'k47': [47, 47.5, 'v47'], 'k48': [48, 48.5, 'v48'], 'k49': [49, 49.5, 'v49'], 'k50': [50, 50.5, 'v50'], 'k51': [51, 51.5, 'v51'], 'k52': [52, 52.5, 'v52'], 'k53': [53, 53.5, 'v53'], 'k54': [54, 54.5, 'v54'], 'k55': [55, 55.5, 'v55'], 'k56': [56, 56.5, 'v56'], 'k57': [57, 57.5, 'v57'], 'k58': [58, 58.5, 'v58'], 'k59': [59, 59.5, 'v59'], 'k60': [60, 60.5, 'v60'], 'k61': [61, 61.5, 'v61'], 'k62': [62, 62.5, 'v62'], 'k63': [63, 63.5, 'v63'], 'k64': [64, 64.5, 'v64'], 'k65': [65, 65.5, 'v65'], 'k66': [66, 66.5, 'v66'], 'k67': [67, 67.5, 'v67'], 'k68': [68, 68.5, 'v68'], 'k69': [69, 69.5, 'v69'], 'k70': [70, 70.5, 'v70'], 'k71': [71, 71.5, 'v71'], 'k72': [72, 72.5, 'v72'], 'k73': [73, 73.5, 'v73'], 'k74': [74, 74.5, 'v74'], 'k75': [75, 75.5, 'v75'], 'k76': [76, 76.5, 'v76'], 'k77': [77, 77.5, 'v77'], 'k78': [78, 78.5, 'v78'], 'k79': [79, 79.5, 'v79'], 'k80': [80, 80.5, 'v80'], 'k81': [81, 81.5, 'v81'], 'k82': [82, 82.5, 'v82'], 'k83': [83, 83.5, 'v83'], 'k84': [84, 84.5, 'v84'], 'k85': [85, 85.5, 'v85'], 'k86': [86, 86.5, 'v86'], 'k87': [87, 87.5, 'v87'], 'k88': [88, 88.5, 'v88'], 'k89': [89, 89.5, 'v89'], 'k90': [90, 90.5, 'v90'], 'k91': [91, 91.5, 'v91'], 'k92': [92, 92.5, 'v92'], 'k93': [93, 93.5, 'v93'], 'k94': [94, 94.5, 'v94'], 'k95': [95, 95.5, 'v95'], 'k96': [96, 96.5, 'v96'], 'k97': [97, 97.5, 'v97'], 'k98': [98, 98.5, 'v98'], 'k99': [99, 99.5, 'v99']}
print(len(big), big['k99'], sum([v[0] for v in big.values()]))
tup = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476, 477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717, 718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759, 760, 761, 762, 763, 764, 765, 766, 767, 768, 769, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839, 840, 841, 842, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979, 980, 981, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996, 997, 998, 999)
print(sum(tup), tup[-1])
s = '' 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h' 'i' 'j' 'k' 'l' 'm' 'n' 'o' 'p' 'q' 'r' 's' 't' 'u' 'v' 'w' 'x' 'y' 'z' 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h' 'i' 'j' 'k' 'l' 'm' 'n' 'o' 'p' 'q' 'r' 's' 't' 'u' 'v' 'w' 'x' 'y' 'z' 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h' 'i' 'j' 'k' 'l' 'm' 'n' 'o' 'p' 'q' 'r' 's' 't' 'u' 'v' 'w' 'x' 'y' 'z' 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h' 'i' 'j' 'k' 'l' 'm' 'n' 'o' 'p' 'q' 'r' 's' 't' 'u' 'v' 'w' 'x' 'y' 'z' 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h' 'i' 'j' 'k' 'l' 'm' 'n' 'o' 'p' 'q' 'r' 's' 't' 'u' 'v' 'w' 'x' 'y' 'z' 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h' 'i' 'j' 'k' 'l' 'm' 'n' 'o' 'p' 'q' 'r' 's' 't' 'u' 'v' 'w' 'x' 'y' 'z' 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h' 'i' 'j' 'k' 'l' 'm' 'n' 'o' 'p' 'q' 'r' 's' 't' 'u' 'v' 'w' 'x' 'y' 'z' 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h' 'i' 'j' 'k' 'l' 'm' 'n' 'o' 'p' 'q' 'r' 's' 't' 'u' 'v' 'w' 'x' 'y' 'z' 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h' 'i' 'j' 'k' 'l' 'm' 'n' 'o' 'p' 'q' 'r' 's' 't' 'u' 'v' 'w' 'x' 'y' 'z' 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h' 'i' 'j' 'k' 'l' 'm' 'n' 'o' 'p' 'q' 'r' 's' 't' 'u' 'v' 'w' 'x' 'y' 'z' 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h' 'i' 'j' 'k' 'l' 'm' 'n' 'o' 'p' 'q' 'r' 's' 't' 'u' 'v' 'w' 'x' 'y' 'z' 'a' 'b' 'c' 'd' 'e' 'f' 'g' 'h' 'i' 'j' 'k' 'l' 'm' 'n'
print(len(s), s[:30])
