# A huge function (hundreds of variables x hundreds of blocks): every variable feature still works.
import sys, io
def huge(seed):
    out = []
    v0 = seed + 0
    v1 = seed + 1
    v2 = seed + 2
    v3 = seed + 3
    v4 = seed + 4
    v5 = seed + 5
    v6 = seed + 6
    v7 = seed + 7
    v8 = seed + 8
    v9 = seed + 9
    v10 = seed + 10
    v11 = seed + 11
    v12 = seed + 12
    v13 = seed + 13
    v14 = seed + 14
    v15 = seed + 15
    v16 = seed + 16
    v17 = seed + 17
    v18 = seed + 18
    v19 = seed + 19
    v20 = seed + 20
    v21 = seed + 21
    v22 = seed + 22
    v23 = seed + 23
    v24 = seed + 24
    v25 = seed + 25
    v26 = seed + 26
    v27 = seed + 27
    v28 = seed + 28
    v29 = seed + 29
    v30 = seed + 30
    v31 = seed + 31
    v32 = seed + 32
    v33 = seed + 33
    v34 = seed + 34
    v35 = seed + 35
    v36 = seed + 36
    v37 = seed + 37
    v38 = seed + 38
    v39 = seed + 39
    v40 = seed + 40
    v41 = seed + 41
    v42 = seed + 42
    v43 = seed + 43
    v44 = seed + 44
    v45 = seed + 45
    v46 = seed + 46
    v47 = seed + 47
    v48 = seed + 48
    v49 = seed + 49
    v50 = seed + 50
    v51 = seed + 51
    v52 = seed + 52
    v53 = seed + 53
    v54 = seed + 54
    v55 = seed + 55
    v56 = seed + 56
    v57 = seed + 57
    v58 = seed + 58
    v59 = seed + 59
    v60 = seed + 60
    v61 = seed + 61
    v62 = seed + 62
    v63 = seed + 63
    v64 = seed + 64
    v65 = seed + 65
    v66 = seed + 66
    v67 = seed + 67
    v68 = seed + 68
    v69 = seed + 69
    v70 = seed + 70
    v71 = seed + 71
    v72 = seed + 72
    v73 = seed + 73
    v74 = seed + 74
    v75 = seed + 75
    v76 = seed + 76
    v77 = seed + 77
    v78 = seed + 78
    v79 = seed + 79
    v80 = seed + 80
    v81 = seed + 81
    v82 = seed + 82
    v83 = seed + 83
    v84 = seed + 84
    v85 = seed + 85
    v86 = seed + 86
    v87 = seed + 87
    v88 = seed + 88
    v89 = seed + 89
    v90 = seed + 90
    v91 = seed + 91
    v92 = seed + 92
    v93 = seed + 93
    v94 = seed + 94
    v95 = seed + 95
    v96 = seed + 96
    v97 = seed + 97
    v98 = seed + 98
    v99 = seed + 99
    v100 = seed + 100
    v101 = seed + 101
    v102 = seed + 102
    v103 = seed + 103
    v104 = seed + 104
    v105 = seed + 105
    v106 = seed + 106
    v107 = seed + 107
    v108 = seed + 108
    v109 = seed + 109
    v110 = seed + 110
    v111 = seed + 111
    v112 = seed + 112
    v113 = seed + 113
    v114 = seed + 114
    v115 = seed + 115
    v116 = seed + 116
    v117 = seed + 117
    v118 = seed + 118
    v119 = seed + 119
    v120 = seed + 120
    v121 = seed + 121
    v122 = seed + 122
    v123 = seed + 123
    v124 = seed + 124
    v125 = seed + 125
    v126 = seed + 126
    v127 = seed + 127
    v128 = seed + 128
    v129 = seed + 129
    v130 = seed + 130
    v131 = seed + 131
    v132 = seed + 132
    v133 = seed + 133
    v134 = seed + 134
    v135 = seed + 135
    v136 = seed + 136
    v137 = seed + 137
    v138 = seed + 138
    v139 = seed + 139
    v140 = seed + 140
    v141 = seed + 141
    v142 = seed + 142
    v143 = seed + 143
    v144 = seed + 144
    v145 = seed + 145
    v146 = seed + 146
    v147 = seed + 147
    v148 = seed + 148
    v149 = seed + 149
    v150 = seed + 150
    v151 = seed + 151
    v152 = seed + 152
    v153 = seed + 153
    v154 = seed + 154
    v155 = seed + 155
    v156 = seed + 156
    v157 = seed + 157
    v158 = seed + 158
    v159 = seed + 159
    v160 = seed + 160
    v161 = seed + 161
    v162 = seed + 162
    v163 = seed + 163
    v164 = seed + 164
    v165 = seed + 165
    v166 = seed + 166
    v167 = seed + 167
    v168 = seed + 168
    v169 = seed + 169
    v170 = seed + 170
    v171 = seed + 171
    v172 = seed + 172
    v173 = seed + 173
    v174 = seed + 174
    v175 = seed + 175
    v176 = seed + 176
    v177 = seed + 177
    v178 = seed + 178
    v179 = seed + 179
    v180 = seed + 180
    v181 = seed + 181
    v182 = seed + 182
    v183 = seed + 183
    v184 = seed + 184
    v185 = seed + 185
    v186 = seed + 186
    v187 = seed + 187
    v188 = seed + 188
    v189 = seed + 189
    v190 = seed + 190
    v191 = seed + 191
    v192 = seed + 192
    v193 = seed + 193
    v194 = seed + 194
    v195 = seed + 195
    v196 = seed + 196
    v197 = seed + 197
    v198 = seed + 198
    v199 = seed + 199
    v200 = seed + 200
    v201 = seed + 201
    v202 = seed + 202
    v203 = seed + 203
    v204 = seed + 204
    v205 = seed + 205
    v206 = seed + 206
    v207 = seed + 207
    v208 = seed + 208
    v209 = seed + 209
    v210 = seed + 210
    v211 = seed + 211
    v212 = seed + 212
    v213 = seed + 213
    v214 = seed + 214
    v215 = seed + 215
    v216 = seed + 216
    v217 = seed + 217
    v218 = seed + 218
    v219 = seed + 219
    v220 = seed + 220
    v221 = seed + 221
    v222 = seed + 222
    v223 = seed + 223
    v224 = seed + 224
    v225 = seed + 225
    v226 = seed + 226
    v227 = seed + 227
    v228 = seed + 228
    v229 = seed + 229
    v230 = seed + 230
    v231 = seed + 231
    v232 = seed + 232
    v233 = seed + 233
    v234 = seed + 234
    v235 = seed + 235
    v236 = seed + 236
    v237 = seed + 237
    v238 = seed + 238
    v239 = seed + 239
    v240 = seed + 240
    v241 = seed + 241
    v242 = seed + 242
    v243 = seed + 243
    v244 = seed + 244
    v245 = seed + 245
    v246 = seed + 246
    v247 = seed + 247
    v248 = seed + 248
    v249 = seed + 249
    v250 = seed + 250
    v251 = seed + 251
    v252 = seed + 252
    v253 = seed + 253
    v254 = seed + 254
    v255 = seed + 255
    v256 = seed + 256
    v257 = seed + 257
    v258 = seed + 258
    v259 = seed + 259
    v260 = seed + 260
    v261 = seed + 261
    v262 = seed + 262
    v263 = seed + 263
    v264 = seed + 264
    v265 = seed + 265
    v266 = seed + 266
    v267 = seed + 267
    v268 = seed + 268
    v269 = seed + 269
    v270 = seed + 270
    v271 = seed + 271
    v272 = seed + 272
    v273 = seed + 273
    v274 = seed + 274
    v275 = seed + 275
    v276 = seed + 276
    v277 = seed + 277
    v278 = seed + 278
    v279 = seed + 279
    v280 = seed + 280
    v281 = seed + 281
    v282 = seed + 282
    v283 = seed + 283
    v284 = seed + 284
    v285 = seed + 285
    v286 = seed + 286
    v287 = seed + 287
    v288 = seed + 288
    v289 = seed + 289
    v290 = seed + 290
    v291 = seed + 291
    v292 = seed + 292
    v293 = seed + 293
    v294 = seed + 294
    v295 = seed + 295
    v296 = seed + 296
    v297 = seed + 297
    v298 = seed + 298
    v299 = seed + 299
    v300 = seed + 300
    v301 = seed + 301
    v302 = seed + 302
    v303 = seed + 303
    v304 = seed + 304
    v305 = seed + 305
    v306 = seed + 306
    v307 = seed + 307
    v308 = seed + 308
    v309 = seed + 309
    v310 = seed + 310
    v311 = seed + 311
    v312 = seed + 312
    v313 = seed + 313
    v314 = seed + 314
    v315 = seed + 315
    v316 = seed + 316
    v317 = seed + 317
    v318 = seed + 318
    v319 = seed + 319
    if v0 % 3 == 0:
        del v0
    else:
        v0 += 1
    try:
        out.append(v0)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v2 = v2 * 2 + j
        if v2 > 10 ** 6:
            break
    try:
        v3 = v3 // (v3 % 2)
    except ZeroDivisionError:
        v3 = -1
    finally:
        out.append(v3)
    f4 = lambda a=v4: a + v3
    out.append(f4())
    while v5 > 100:
        v5 -= 37
    v6 = [v6, str(v6), float(v6)]
    out.append(len(v6))
    if 'v7' in locals():
        out.append(locals()['v7'])
    with io.StringIO("# A huge function") as fh8:
        out.append(fh8.readline()[:10])
    v9, v8 = v8 if 'v8' in locals() else 0, v9
    if v10 % 3 == 0:
        del v10
    else:
        v10 += 1
    try:
        out.append(v10)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v12 = v12 * 2 + j
        if v12 > 10 ** 6:
            break
    try:
        v13 = v13 // (v13 % 2)
    except ZeroDivisionError:
        v13 = -1
    finally:
        out.append(v13)
    f14 = lambda a=v14: a + v13
    out.append(f14())
    while v15 > 100:
        v15 -= 37
    v16 = [v16, str(v16), float(v16)]
    out.append(len(v16))
    if 'v17' in locals():
        out.append(locals()['v17'])
    with io.StringIO("# A huge function") as fh18:
        out.append(fh18.readline()[:10])
    v19, v18 = v18 if 'v18' in locals() else 0, v19
    if v20 % 3 == 0:
        del v20
    else:
        v20 += 1
    try:
        out.append(v20)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v22 = v22 * 2 + j
        if v22 > 10 ** 6:
            break
    try:
        v23 = v23 // (v23 % 2)
    except ZeroDivisionError:
        v23 = -1
    finally:
        out.append(v23)
    f24 = lambda a=v24: a + v23
    out.append(f24())
    while v25 > 100:
        v25 -= 37
    v26 = [v26, str(v26), float(v26)]
    out.append(len(v26))
    if 'v27' in locals():
        out.append(locals()['v27'])
    with io.StringIO("# A huge function") as fh28:
        out.append(fh28.readline()[:10])
    v29, v28 = v28 if 'v28' in locals() else 0, v29
    if v30 % 3 == 0:
        del v30
    else:
        v30 += 1
    try:
        out.append(v30)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v32 = v32 * 2 + j
        if v32 > 10 ** 6:
            break
    try:
        v33 = v33 // (v33 % 2)
    except ZeroDivisionError:
        v33 = -1
    finally:
        out.append(v33)
    f34 = lambda a=v34: a + v33
    out.append(f34())
    while v35 > 100:
        v35 -= 37
    v36 = [v36, str(v36), float(v36)]
    out.append(len(v36))
    if 'v37' in locals():
        out.append(locals()['v37'])
    with io.StringIO("# A huge function") as fh38:
        out.append(fh38.readline()[:10])
    v39, v38 = v38 if 'v38' in locals() else 0, v39
    if v40 % 3 == 0:
        del v40
    else:
        v40 += 1
    try:
        out.append(v40)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v42 = v42 * 2 + j
        if v42 > 10 ** 6:
            break
    try:
        v43 = v43 // (v43 % 2)
    except ZeroDivisionError:
        v43 = -1
    finally:
        out.append(v43)
    f44 = lambda a=v44: a + v43
    out.append(f44())
    while v45 > 100:
        v45 -= 37
    v46 = [v46, str(v46), float(v46)]
    out.append(len(v46))
    if 'v47' in locals():
        out.append(locals()['v47'])
    with io.StringIO("# A huge function") as fh48:
        out.append(fh48.readline()[:10])
    v49, v48 = v48 if 'v48' in locals() else 0, v49
    if v50 % 3 == 0:
        del v50
    else:
        v50 += 1
    try:
        out.append(v50)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v52 = v52 * 2 + j
        if v52 > 10 ** 6:
            break
    try:
        v53 = v53 // (v53 % 2)
    except ZeroDivisionError:
        v53 = -1
    finally:
        out.append(v53)
    f54 = lambda a=v54: a + v53
    out.append(f54())
    while v55 > 100:
        v55 -= 37
    v56 = [v56, str(v56), float(v56)]
    out.append(len(v56))
    if 'v57' in locals():
        out.append(locals()['v57'])
    with io.StringIO("# A huge function") as fh58:
        out.append(fh58.readline()[:10])
    v59, v58 = v58 if 'v58' in locals() else 0, v59
    if v60 % 3 == 0:
        del v60
    else:
        v60 += 1
    try:
        out.append(v60)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v62 = v62 * 2 + j
        if v62 > 10 ** 6:
            break
    try:
        v63 = v63 // (v63 % 2)
    except ZeroDivisionError:
        v63 = -1
    finally:
        out.append(v63)
    f64 = lambda a=v64: a + v63
    out.append(f64())
    while v65 > 100:
        v65 -= 37
    v66 = [v66, str(v66), float(v66)]
    out.append(len(v66))
    if 'v67' in locals():
        out.append(locals()['v67'])
    with io.StringIO("# A huge function") as fh68:
        out.append(fh68.readline()[:10])
    v69, v68 = v68 if 'v68' in locals() else 0, v69
    if v70 % 3 == 0:
        del v70
    else:
        v70 += 1
    try:
        out.append(v70)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v72 = v72 * 2 + j
        if v72 > 10 ** 6:
            break
    try:
        v73 = v73 // (v73 % 2)
    except ZeroDivisionError:
        v73 = -1
    finally:
        out.append(v73)
    f74 = lambda a=v74: a + v73
    out.append(f74())
    while v75 > 100:
        v75 -= 37
    v76 = [v76, str(v76), float(v76)]
    out.append(len(v76))
    if 'v77' in locals():
        out.append(locals()['v77'])
    with io.StringIO("# A huge function") as fh78:
        out.append(fh78.readline()[:10])
    v79, v78 = v78 if 'v78' in locals() else 0, v79
    if v80 % 3 == 0:
        del v80
    else:
        v80 += 1
    try:
        out.append(v80)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v82 = v82 * 2 + j
        if v82 > 10 ** 6:
            break
    try:
        v83 = v83 // (v83 % 2)
    except ZeroDivisionError:
        v83 = -1
    finally:
        out.append(v83)
    f84 = lambda a=v84: a + v83
    out.append(f84())
    while v85 > 100:
        v85 -= 37
    v86 = [v86, str(v86), float(v86)]
    out.append(len(v86))
    if 'v87' in locals():
        out.append(locals()['v87'])
    with io.StringIO("# A huge function") as fh88:
        out.append(fh88.readline()[:10])
    v89, v88 = v88 if 'v88' in locals() else 0, v89
    if v90 % 3 == 0:
        del v90
    else:
        v90 += 1
    try:
        out.append(v90)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v92 = v92 * 2 + j
        if v92 > 10 ** 6:
            break
    try:
        v93 = v93 // (v93 % 2)
    except ZeroDivisionError:
        v93 = -1
    finally:
        out.append(v93)
    f94 = lambda a=v94: a + v93
    out.append(f94())
    while v95 > 100:
        v95 -= 37
    v96 = [v96, str(v96), float(v96)]
    out.append(len(v96))
    if 'v97' in locals():
        out.append(locals()['v97'])
    with io.StringIO("# A huge function") as fh98:
        out.append(fh98.readline()[:10])
    v99, v98 = v98 if 'v98' in locals() else 0, v99
    if v100 % 3 == 0:
        del v100
    else:
        v100 += 1
    try:
        out.append(v100)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v102 = v102 * 2 + j
        if v102 > 10 ** 6:
            break
    try:
        v103 = v103 // (v103 % 2)
    except ZeroDivisionError:
        v103 = -1
    finally:
        out.append(v103)
    f104 = lambda a=v104: a + v103
    out.append(f104())
    while v105 > 100:
        v105 -= 37
    v106 = [v106, str(v106), float(v106)]
    out.append(len(v106))
    if 'v107' in locals():
        out.append(locals()['v107'])
    with io.StringIO("# A huge function") as fh108:
        out.append(fh108.readline()[:10])
    v109, v108 = v108 if 'v108' in locals() else 0, v109
    if v110 % 3 == 0:
        del v110
    else:
        v110 += 1
    try:
        out.append(v110)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v112 = v112 * 2 + j
        if v112 > 10 ** 6:
            break
    try:
        v113 = v113 // (v113 % 2)
    except ZeroDivisionError:
        v113 = -1
    finally:
        out.append(v113)
    f114 = lambda a=v114: a + v113
    out.append(f114())
    while v115 > 100:
        v115 -= 37
    v116 = [v116, str(v116), float(v116)]
    out.append(len(v116))
    if 'v117' in locals():
        out.append(locals()['v117'])
    with io.StringIO("# A huge function") as fh118:
        out.append(fh118.readline()[:10])
    v119, v118 = v118 if 'v118' in locals() else 0, v119
    if v120 % 3 == 0:
        del v120
    else:
        v120 += 1
    try:
        out.append(v120)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v122 = v122 * 2 + j
        if v122 > 10 ** 6:
            break
    try:
        v123 = v123 // (v123 % 2)
    except ZeroDivisionError:
        v123 = -1
    finally:
        out.append(v123)
    f124 = lambda a=v124: a + v123
    out.append(f124())
    while v125 > 100:
        v125 -= 37
    v126 = [v126, str(v126), float(v126)]
    out.append(len(v126))
    if 'v127' in locals():
        out.append(locals()['v127'])
    with io.StringIO("# A huge function") as fh128:
        out.append(fh128.readline()[:10])
    v129, v128 = v128 if 'v128' in locals() else 0, v129
    if v130 % 3 == 0:
        del v130
    else:
        v130 += 1
    try:
        out.append(v130)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v132 = v132 * 2 + j
        if v132 > 10 ** 6:
            break
    try:
        v133 = v133 // (v133 % 2)
    except ZeroDivisionError:
        v133 = -1
    finally:
        out.append(v133)
    f134 = lambda a=v134: a + v133
    out.append(f134())
    while v135 > 100:
        v135 -= 37
    v136 = [v136, str(v136), float(v136)]
    out.append(len(v136))
    if 'v137' in locals():
        out.append(locals()['v137'])
    with io.StringIO("# A huge function") as fh138:
        out.append(fh138.readline()[:10])
    v139, v138 = v138 if 'v138' in locals() else 0, v139
    if v140 % 3 == 0:
        del v140
    else:
        v140 += 1
    try:
        out.append(v140)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v142 = v142 * 2 + j
        if v142 > 10 ** 6:
            break
    try:
        v143 = v143 // (v143 % 2)
    except ZeroDivisionError:
        v143 = -1
    finally:
        out.append(v143)
    f144 = lambda a=v144: a + v143
    out.append(f144())
    while v145 > 100:
        v145 -= 37
    v146 = [v146, str(v146), float(v146)]
    out.append(len(v146))
    if 'v147' in locals():
        out.append(locals()['v147'])
    with io.StringIO("# A huge function") as fh148:
        out.append(fh148.readline()[:10])
    v149, v148 = v148 if 'v148' in locals() else 0, v149
    if v150 % 3 == 0:
        del v150
    else:
        v150 += 1
    try:
        out.append(v150)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v152 = v152 * 2 + j
        if v152 > 10 ** 6:
            break
    try:
        v153 = v153 // (v153 % 2)
    except ZeroDivisionError:
        v153 = -1
    finally:
        out.append(v153)
    f154 = lambda a=v154: a + v153
    out.append(f154())
    while v155 > 100:
        v155 -= 37
    v156 = [v156, str(v156), float(v156)]
    out.append(len(v156))
    if 'v157' in locals():
        out.append(locals()['v157'])
    with io.StringIO("# A huge function") as fh158:
        out.append(fh158.readline()[:10])
    v159, v158 = v158 if 'v158' in locals() else 0, v159
    if v160 % 3 == 0:
        del v160
    else:
        v160 += 1
    try:
        out.append(v160)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v162 = v162 * 2 + j
        if v162 > 10 ** 6:
            break
    try:
        v163 = v163 // (v163 % 2)
    except ZeroDivisionError:
        v163 = -1
    finally:
        out.append(v163)
    f164 = lambda a=v164: a + v163
    out.append(f164())
    while v165 > 100:
        v165 -= 37
    v166 = [v166, str(v166), float(v166)]
    out.append(len(v166))
    if 'v167' in locals():
        out.append(locals()['v167'])
    with io.StringIO("# A huge function") as fh168:
        out.append(fh168.readline()[:10])
    v169, v168 = v168 if 'v168' in locals() else 0, v169
    if v170 % 3 == 0:
        del v170
    else:
        v170 += 1
    try:
        out.append(v170)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v172 = v172 * 2 + j
        if v172 > 10 ** 6:
            break
    try:
        v173 = v173 // (v173 % 2)
    except ZeroDivisionError:
        v173 = -1
    finally:
        out.append(v173)
    f174 = lambda a=v174: a + v173
    out.append(f174())
    while v175 > 100:
        v175 -= 37
    v176 = [v176, str(v176), float(v176)]
    out.append(len(v176))
    if 'v177' in locals():
        out.append(locals()['v177'])
    with io.StringIO("# A huge function") as fh178:
        out.append(fh178.readline()[:10])
    v179, v178 = v178 if 'v178' in locals() else 0, v179
    if v180 % 3 == 0:
        del v180
    else:
        v180 += 1
    try:
        out.append(v180)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v182 = v182 * 2 + j
        if v182 > 10 ** 6:
            break
    try:
        v183 = v183 // (v183 % 2)
    except ZeroDivisionError:
        v183 = -1
    finally:
        out.append(v183)
    f184 = lambda a=v184: a + v183
    out.append(f184())
    while v185 > 100:
        v185 -= 37
    v186 = [v186, str(v186), float(v186)]
    out.append(len(v186))
    if 'v187' in locals():
        out.append(locals()['v187'])
    with io.StringIO("# A huge function") as fh188:
        out.append(fh188.readline()[:10])
    v189, v188 = v188 if 'v188' in locals() else 0, v189
    if v190 % 3 == 0:
        del v190
    else:
        v190 += 1
    try:
        out.append(v190)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v192 = v192 * 2 + j
        if v192 > 10 ** 6:
            break
    try:
        v193 = v193 // (v193 % 2)
    except ZeroDivisionError:
        v193 = -1
    finally:
        out.append(v193)
    f194 = lambda a=v194: a + v193
    out.append(f194())
    while v195 > 100:
        v195 -= 37
    v196 = [v196, str(v196), float(v196)]
    out.append(len(v196))
    if 'v197' in locals():
        out.append(locals()['v197'])
    with io.StringIO("# A huge function") as fh198:
        out.append(fh198.readline()[:10])
    v199, v198 = v198 if 'v198' in locals() else 0, v199
    if v200 % 3 == 0:
        del v200
    else:
        v200 += 1
    try:
        out.append(v200)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v202 = v202 * 2 + j
        if v202 > 10 ** 6:
            break
    try:
        v203 = v203 // (v203 % 2)
    except ZeroDivisionError:
        v203 = -1
    finally:
        out.append(v203)
    f204 = lambda a=v204: a + v203
    out.append(f204())
    while v205 > 100:
        v205 -= 37
    v206 = [v206, str(v206), float(v206)]
    out.append(len(v206))
    if 'v207' in locals():
        out.append(locals()['v207'])
    with io.StringIO("# A huge function") as fh208:
        out.append(fh208.readline()[:10])
    v209, v208 = v208 if 'v208' in locals() else 0, v209
    if v210 % 3 == 0:
        del v210
    else:
        v210 += 1
    try:
        out.append(v210)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v212 = v212 * 2 + j
        if v212 > 10 ** 6:
            break
    try:
        v213 = v213 // (v213 % 2)
    except ZeroDivisionError:
        v213 = -1
    finally:
        out.append(v213)
    f214 = lambda a=v214: a + v213
    out.append(f214())
    while v215 > 100:
        v215 -= 37
    v216 = [v216, str(v216), float(v216)]
    out.append(len(v216))
    if 'v217' in locals():
        out.append(locals()['v217'])
    with io.StringIO("# A huge function") as fh218:
        out.append(fh218.readline()[:10])
    v219, v218 = v218 if 'v218' in locals() else 0, v219
    if v220 % 3 == 0:
        del v220
    else:
        v220 += 1
    try:
        out.append(v220)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v222 = v222 * 2 + j
        if v222 > 10 ** 6:
            break
    try:
        v223 = v223 // (v223 % 2)
    except ZeroDivisionError:
        v223 = -1
    finally:
        out.append(v223)
    f224 = lambda a=v224: a + v223
    out.append(f224())
    while v225 > 100:
        v225 -= 37
    v226 = [v226, str(v226), float(v226)]
    out.append(len(v226))
    if 'v227' in locals():
        out.append(locals()['v227'])
    with io.StringIO("# A huge function") as fh228:
        out.append(fh228.readline()[:10])
    v229, v228 = v228 if 'v228' in locals() else 0, v229
    if v230 % 3 == 0:
        del v230
    else:
        v230 += 1
    try:
        out.append(v230)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v232 = v232 * 2 + j
        if v232 > 10 ** 6:
            break
    try:
        v233 = v233 // (v233 % 2)
    except ZeroDivisionError:
        v233 = -1
    finally:
        out.append(v233)
    f234 = lambda a=v234: a + v233
    out.append(f234())
    while v235 > 100:
        v235 -= 37
    v236 = [v236, str(v236), float(v236)]
    out.append(len(v236))
    if 'v237' in locals():
        out.append(locals()['v237'])
    with io.StringIO("# A huge function") as fh238:
        out.append(fh238.readline()[:10])
    v239, v238 = v238 if 'v238' in locals() else 0, v239
    if v240 % 3 == 0:
        del v240
    else:
        v240 += 1
    try:
        out.append(v240)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v242 = v242 * 2 + j
        if v242 > 10 ** 6:
            break
    try:
        v243 = v243 // (v243 % 2)
    except ZeroDivisionError:
        v243 = -1
    finally:
        out.append(v243)
    f244 = lambda a=v244: a + v243
    out.append(f244())
    while v245 > 100:
        v245 -= 37
    v246 = [v246, str(v246), float(v246)]
    out.append(len(v246))
    if 'v247' in locals():
        out.append(locals()['v247'])
    with io.StringIO("# A huge function") as fh248:
        out.append(fh248.readline()[:10])
    v249, v248 = v248 if 'v248' in locals() else 0, v249
    if v250 % 3 == 0:
        del v250
    else:
        v250 += 1
    try:
        out.append(v250)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v252 = v252 * 2 + j
        if v252 > 10 ** 6:
            break
    try:
        v253 = v253 // (v253 % 2)
    except ZeroDivisionError:
        v253 = -1
    finally:
        out.append(v253)
    f254 = lambda a=v254: a + v253
    out.append(f254())
    while v255 > 100:
        v255 -= 37
    v256 = [v256, str(v256), float(v256)]
    out.append(len(v256))
    if 'v257' in locals():
        out.append(locals()['v257'])
    with io.StringIO("# A huge function") as fh258:
        out.append(fh258.readline()[:10])
    v259, v258 = v258 if 'v258' in locals() else 0, v259
    if v260 % 3 == 0:
        del v260
    else:
        v260 += 1
    try:
        out.append(v260)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v262 = v262 * 2 + j
        if v262 > 10 ** 6:
            break
    try:
        v263 = v263 // (v263 % 2)
    except ZeroDivisionError:
        v263 = -1
    finally:
        out.append(v263)
    f264 = lambda a=v264: a + v263
    out.append(f264())
    while v265 > 100:
        v265 -= 37
    v266 = [v266, str(v266), float(v266)]
    out.append(len(v266))
    if 'v267' in locals():
        out.append(locals()['v267'])
    with io.StringIO("# A huge function") as fh268:
        out.append(fh268.readline()[:10])
    v269, v268 = v268 if 'v268' in locals() else 0, v269
    if v270 % 3 == 0:
        del v270
    else:
        v270 += 1
    try:
        out.append(v270)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v272 = v272 * 2 + j
        if v272 > 10 ** 6:
            break
    try:
        v273 = v273 // (v273 % 2)
    except ZeroDivisionError:
        v273 = -1
    finally:
        out.append(v273)
    f274 = lambda a=v274: a + v273
    out.append(f274())
    while v275 > 100:
        v275 -= 37
    v276 = [v276, str(v276), float(v276)]
    out.append(len(v276))
    if 'v277' in locals():
        out.append(locals()['v277'])
    with io.StringIO("# A huge function") as fh278:
        out.append(fh278.readline()[:10])
    v279, v278 = v278 if 'v278' in locals() else 0, v279
    if v280 % 3 == 0:
        del v280
    else:
        v280 += 1
    try:
        out.append(v280)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v282 = v282 * 2 + j
        if v282 > 10 ** 6:
            break
    try:
        v283 = v283 // (v283 % 2)
    except ZeroDivisionError:
        v283 = -1
    finally:
        out.append(v283)
    f284 = lambda a=v284: a + v283
    out.append(f284())
    while v285 > 100:
        v285 -= 37
    v286 = [v286, str(v286), float(v286)]
    out.append(len(v286))
    if 'v287' in locals():
        out.append(locals()['v287'])
    with io.StringIO("# A huge function") as fh288:
        out.append(fh288.readline()[:10])
    v289, v288 = v288 if 'v288' in locals() else 0, v289
    if v290 % 3 == 0:
        del v290
    else:
        v290 += 1
    try:
        out.append(v290)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v292 = v292 * 2 + j
        if v292 > 10 ** 6:
            break
    try:
        v293 = v293 // (v293 % 2)
    except ZeroDivisionError:
        v293 = -1
    finally:
        out.append(v293)
    f294 = lambda a=v294: a + v293
    out.append(f294())
    while v295 > 100:
        v295 -= 37
    v296 = [v296, str(v296), float(v296)]
    out.append(len(v296))
    if 'v297' in locals():
        out.append(locals()['v297'])
    with io.StringIO("# A huge function") as fh298:
        out.append(fh298.readline()[:10])
    v299, v298 = v298 if 'v298' in locals() else 0, v299
    if v300 % 3 == 0:
        del v300
    else:
        v300 += 1
    try:
        out.append(v300)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v302 = v302 * 2 + j
        if v302 > 10 ** 6:
            break
    try:
        v303 = v303 // (v303 % 2)
    except ZeroDivisionError:
        v303 = -1
    finally:
        out.append(v303)
    f304 = lambda a=v304: a + v303
    out.append(f304())
    while v305 > 100:
        v305 -= 37
    v306 = [v306, str(v306), float(v306)]
    out.append(len(v306))
    if 'v307' in locals():
        out.append(locals()['v307'])
    with io.StringIO("# A huge function") as fh308:
        out.append(fh308.readline()[:10])
    v309, v308 = v308 if 'v308' in locals() else 0, v309
    if v310 % 3 == 0:
        del v310
    else:
        v310 += 1
    try:
        out.append(v310)
    except UnboundLocalError as e:
        out.append(str(e)[:40])
    for j in range(2):
        v312 = v312 * 2 + j
        if v312 > 10 ** 6:
            break
    try:
        v313 = v313 // (v313 % 2)
    except ZeroDivisionError:
        v313 = -1
    finally:
        out.append(v313)
    f314 = lambda a=v314: a + v313
    out.append(f314())
    while v315 > 100:
        v315 -= 37
    v316 = [v316, str(v316), float(v316)]
    out.append(len(v316))
    if 'v317' in locals():
        out.append(locals()['v317'])
    with io.StringIO("# A huge function") as fh318:
        out.append(fh318.readline()[:10])
    v319, v318 = v318 if 'v318' in locals() else 0, v319
    return out, len(locals()), sorted(locals())[:5]
r = huge(1)
print(len(r[0]), r[1], r[2])
print(r[0][:40])
print(r[0][-40:])
r = huge(2)
print(sum([x for x in r[0] if type(x) is int]))
