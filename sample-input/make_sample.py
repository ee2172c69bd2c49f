#!/usr/bin/env python3
"""Regenerates sample-input/ for cycle 2026: the six input files and expected-results.csv.

    python3 sample-input/make_sample.py

Standard library only; deterministic (fixed seed, fixed zip timestamps): the same script gives
byte-identical files. Every special case below declares its expected ruling, worked out by hand from
SPEC.md "The ruling" and README "Decisions where the spec is silent"; ordinary physicians are PASS.
A small independent check at the end (check_expected) re-derives each ruling from the generated
records and stops the script if the two disagree, so an edit cannot silently break the file.
Business date of the expected results: 2026-08-11 (the day after CLOSE).
"""
import csv
import datetime as dt
import io
import os
import random
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CYCLE = 2026
BUSINESS_DATE = dt.date(2026, 8, 11)
WINDOW = (dt.date(2026, 4, 1), dt.date(2026, 8, 10))  # REGISTRATION start .. CLOSE
CLOSE = dt.date(2026, 8, 10)
PERIOD = (dt.date(2024, 1, 1), dt.date(2026, 12, 31))
rnd = random.Random(20260811)

# ------------------------------------------------------------------ reference data
CATALOG = []  # (practice_scope, exam_specialty, board, exam_mode) from shared/reference (附件2)
with open(os.path.join(HERE, '..', '..', 'shared', 'reference', 'specialty-catalog.csv'), encoding='utf-8') as f:
    for row in csv.DictReader(f):
        CATALOG.append((row['practice_scope'], row['exam_specialty'], row['board'], row['exam_mode']))

# ------------------------------------------------------------------ GB 11643
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = '10X98765432'


def check_digit(body17):
    return CHECK[sum(int(c) * w for c, w in zip(body17, WEIGHTS)) % 11]


def valid_resident(cert):
    return len(cert) == 18 and cert[:17].isdigit() and cert[17] == check_digit(cert[:17])


used_certs = set()


def resident_cert(area, birth, male, broken=False):
    while True:
        seq = rnd.randrange(0, 100) * 10 + rnd.randrange(0, 5) * 2 + (1 if male else 0)
        body = f'{area}{birth:%Y%m%d}{seq:03d}'
        cert = body + check_digit(body)
        if broken:
            good = cert[17]
            cert = body + ('0' if good != '0' else '1')
        if cert not in used_certs:
            used_certs.add(cert)
            return cert


# ------------------------------------------------------------------ institutions
DISTRICTS = {'110115': '大兴区', '110105': '朝阳区', '110108': '海淀区', '110102': '西城区', '110106': '丰台区',
             '110112': '通州区'}


def licence(n, district, kind='PDY'):
    return f'{kind}{n:05d}X{district}11A{1000 + n % 900:04d}'  # 22 characters, like 执业许可证登记号


INSTITUTIONS = [  # org_code, org_name, district, exam_org
    (licence(10123, '110115'), '北京市大兴区人民医院', '110115', 'Y'),
    (licence(10131, '110115'), '北京市大兴区中西医结合医院', '110115', 'N'),
    (licence(10140, '110115'), '北京市大兴区妇幼保健院', '110115', 'N'),
    (licence(20417, '110115', 'PDA'), '北京市大兴区西红门镇社区卫生服务中心', '110115', 'N'),
    ('ZS11011520230017', '北京大兴德康中医诊所', '110115', 'N'),
    (licence(10211, '110105'), '北京市朝阳区双桥医院', '110105', 'N'),
    (licence(10225, '110105'), '北京市朝阳区妇幼保健院', '110105', 'N'),
    (licence(20533, '110105', 'PDA'), '北京市朝阳区太阳宫社区卫生服务中心', '110105', 'N'),
    ('ZS11010520240031', '北京朝阳和睦口腔诊所', '110105', 'N'),
    (licence(10302, '110108'), '北京市海淀医院', '110108', 'Y'),
    (licence(10318, '110108'), '北京市海淀区中医医院', '110108', 'N'),
    (licence(10327, '110108'), '北京市海淀区妇幼保健院', '110108', 'N'),
    (licence(20609, '110108', 'PDA'), '北京市海淀区学院路社区卫生服务中心', '110108', 'N'),
    (licence(10405, '110102'), '北京市西城区广外医院', '110102', 'N'),
    (licence(10412, '110102'), '北京市西城区平安医院', '110102', 'N'),
    (licence(10506, '110106'), '北京市丰台中西医结合医院', '110106', 'N'),
    (licence(10519, '110106'), '北京市丰台区南苑医院', '110106', 'N'),
    (licence(10603, '110112'), '北京市通州区中医医院', '110112', 'N'),
    (licence(10617, '110112'), '北京市通州区新华医院', '110112', 'N'),
    ('ZS11011220220008', '北京通州仁和诊所', '110112', 'N'),
    # assessment institutions of the associations (委托协会, 附件2), unified social credit codes
    ('51110000500298765H', '北京医疗整形美容业协会', '110102', 'Y'),
    ('51110000MJ0034561K', '北京健康管理协会', '110105', 'Y'),
]
ORG = {o[0]: o for o in INSTITUTIONS}
HOSPITALS = [o[0] for o in INSTITUTIONS if o[0][0] in 'PZ']
ASSOC_BEAUTY = '51110000500298765H'
ASSOC_HEALTH = '51110000MJ0034561K'
UNKNOWN_ORG = licence(10999, '110106')  # a practice licence not in institutions.csv
TCM_ORGS = [o[0] for o in INSTITUTIONS if '中医' in o[1] or '中西医' in o[1]]
DENTAL_ORGS = [o[0] for o in INSTITUTIONS if '口腔' in o[1]]


def org(name_part):
    return next(o[0] for o in INSTITUTIONS if name_part in o[1])


# ------------------------------------------------------------------ names
SURNAMES = ('王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田'
            '任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文')
GIVEN_M = '伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘'
GIVEN_F = '秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽'


def person_name(male):
    given = GIVEN_M if male else GIVEN_F
    n = rnd.choice((1, 2, 2, 2))
    return rnd.choice(SURNAMES) + ''.join(rnd.choice(given) for _ in range(n))


# ------------------------------------------------------------------ physicians
PROFILES = [  # category, scopes, specialty, title ladder, preferred orgs
    ('临床', ['内科专业'], '内科专业'), ('临床', ['内科专业'], '心血管内科专业'), ('临床', ['内科专业'], '呼吸内科专业'),
    ('临床', ['内科专业'], '消化内科专业'), ('临床', ['内科专业'], '内分泌专业'), ('临床', ['外科专业'], '普通外科专业'),
    ('临床', ['外科专业'], '骨科专业'), ('临床', ['外科专业'], '麻醉专业'), ('临床', ['外科专业'], '泌尿外科专业'),
    ('临床', ['妇产科专业'], '妇产科专业'), ('临床', ['儿科专业'], '儿内科专业'), ('临床', ['眼耳鼻咽喉科专业'], '眼科专业'),
    ('临床', ['急救医学专业'], '急救医学专业'), ('临床', ['医学影像和放射治疗专业'], '放射诊断专业'),
    ('临床', ['医学影像和放射治疗专业'], '超声诊断专业'), ('临床', ['医学检验、病理专业'], '医学检验专业'),
    ('临床', ['全科医学科专业'], '全科医学专业'), ('临床', ['内科专业', '全科医学科专业'], '全科医学专业'),
    ('临床', ['精神卫生专业'], '精神卫生专业'), ('临床', ['康复医学专业'], '康复医学专业'),
    ('中医', ['中医专业'], '中医专业'), ('中医', ['中医专业'], '中医专业'), ('口腔', ['口腔专业'], '口腔专业'),
    ('公共卫生', ['公共卫生类别专业'], '防病专业'),
]
TITLES = {'临床': ['住院医师', '主治医师', '副主任医师', '主任医师'], '口腔': ['住院医师', '主治医师', '副主任医师', '主任医师'],
          '公共卫生': ['医师', '主管医师', '副主任医师', '主任医师'], '中医': ['中医师', '主治中医师', '副主任中医师', '主任中医师']}
for p in PROFILES:  # every profile's specialty must be in scope by the catalog
    assert any(s in p[1] and e == p[2] for s, e, _, _ in CATALOG) or p[2] in p[1], p

physicians = []
application_rows = []  # (physician or None, row dict, bad) in file order
evaluation_rows = []
exam_rows = []
hidden_rows = []


def ts(day, hour=None):
    hour = rnd.randrange(8, 18) if hour is None else hour
    return dt.datetime.combine(day, dt.time(hour, rnd.randrange(0, 60), rnd.randrange(0, 60)))


def day_between(a, b):
    return a + dt.timedelta(days=rnd.randrange(0, (b - a).days + 1))


class Doc:
    """One physician of the roster, with its records and the expected ruling."""

    def __init__(self, case='ordinary', main=None, others=(), profile=None, cert_type='RESIDENT', birth=None,
                 male=None, age_band=(1968, 1998), cert=None):
        self.case = case
        self.male = rnd.random() < 0.45 if male is None else male
        self.birth = birth or dt.date(rnd.randrange(*age_band), rnd.randrange(1, 13), rnd.randrange(1, 29))
        self.main = main or rnd.choice(HOSPITALS)
        self.others = list(others)
        self.category, self.scopes, self.specialty = profile or rnd.choice(PROFILES)
        if self.category == '中医' and main is None:
            self.main = rnd.choice(TCM_ORGS)
        if self.category == '口腔' and main is None:
            self.main = rnd.choice(DENTAL_ORGS + HOSPITALS[:3])
        self.cert_type = cert_type
        district = ORG[self.main][2] if self.main in ORG else '110106'
        self.cert = cert or resident_cert(district, self.birth, self.male)
        self.name = person_name(self.male)
        self.birth_text = f'{self.birth:%Y-%m-%d}'
        rank = min(3, max(0, (2026 - self.birth.year - 26) // 9))
        self.title = TITLES[self.category][rank]
        self.title_date = dt.date(min(2025, self.birth.year + 27 + rank * 5), rnd.randrange(1, 13), 1)
        self.registered_on = day_between(dt.date(2008, 1, 1), dt.date(2025, 12, 31))
        self.expected = (1, [], [], 'plan §四(一): 三项均合格 ethics, performance and business all PASS')
        self.sites_rated_on = None
        physicians.append(self)

    @property
    def sites(self):
        return [self.main] + self.others

    def expect(self, outcome, reasons, warnings, why):
        self.expected = (outcome, sorted(set(reasons)), sorted(set(warnings)), why)
        return self

    # -- records -------------------------------------------------------------------------------
    def apply(self, status='APPROVED', simplified='N', category='', evidence_ref='', evidence_date='', aid_months='',
              exam_org='', specialty=None, submitted=None, cycle=CYCLE):
        submitted = submitted or ts(day_between(dt.date(2026, 4, 1), dt.date(2026, 4, 28)))
        approved = ts(day_between(dt.date(2026, 5, 1), dt.date(2026, 5, 22))) if status == 'APPROVED' else None
        row = {'cert_no': self.cert, 'cycle_year': cycle, 'specialty': self.specialty if specialty is None else specialty,
               'status': status, 'submitted_at': '' if status == 'DRAFT' else submitted,
               'approved_at': approved or '', 'simplified': simplified, 'simplified_category': category,
               'evidence_ref': evidence_ref, 'evidence_date': evidence_date, 'aid_months': aid_months,
               'exam_org_code': exam_org}
        application_rows.append((self, row))
        return row

    def rate(self, org_code, ethics='PASS', performance='PASS', at=None, confirmed='Y', cycle=CYCLE):
        at = at or ts(day_between(dt.date(2026, 5, 26), dt.date(2026, 6, 24)))
        row = {'cert_no': self.cert, 'org_code': org_code, 'cycle_year': cycle, 'ethics': ethics,
               'performance': performance, 'evaluated_at': at, 'confirmed': confirmed}
        evaluation_rows.append((self, row))
        return row

    def rate_all(self):
        for site in self.sites:
            self.rate(site)

    def exam(self, passed='Y', attempt=1, mode='ONLINE', at=None, exam_org=None, specialty=None, cycle=CYCLE):
        at = at or ts(day_between(dt.date(2026, 7, 1 + 8 * (attempt - 1)), dt.date(2026, 7, 8 + 8 * (attempt - 1))))
        law = rnd.randrange(62, 98) if passed == 'Y' else rnd.randrange(30, 59)
        spec = rnd.randrange(60, 97) if passed == 'Y' else rnd.randrange(25, 70)
        row = {'cert_no': self.cert, 'cycle_year': cycle, 'attempt_no': attempt, 'mode': mode,
               'specialty': self.specialty if specialty is None else specialty,
               'law_score': '' if mode == 'SIMPLIFIED' else f'{law}.{rnd.choice((0, 5))}',
               'specialty_score': '' if mode == 'SIMPLIFIED' else f'{spec}.{rnd.choice((0, 5))}',
               'passed': passed, 'taken_at': at, 'exam_org_code': self.main if exam_org is None else exam_org}
        exam_rows.append((self, row))
        return row

    def hide(self, org_code, reason, at, unhidden='', cycle=CYCLE):
        row = {'cert_no': self.cert, 'org_code': org_code, 'cycle_year': cycle, 'reason': reason, 'hidden_at': at,
               'unhidden_at': unhidden}
        hidden_rows.append((self, row))
        return row

    def complete(self, **app):
        """The ordinary path: approved application, every site rates PASS, first online attempt passes."""
        self.apply(**app)
        self.rate_all()
        self.exam()
        return self


def other_sites(main, n, other_district=False):
    district = ORG[main][2]
    pool = [o for o in HOSPITALS if o != main and ((ORG[o][2] != district) == other_district)]
    if not pool:
        pool = [o for o in HOSPITALS if o != main]
    return rnd.sample(pool, n)


D = dt.date
T = dt.datetime
HOSP_DX = org('大兴区人民医院')
HOSP_HD = org('海淀医院')
HOSP_CY = org('双桥医院')
HOSP_XC = org('广外医院')
HOSP_FT = org('南苑医院')
HOSP_TZ = org('新华医院')
TCM_DX = org('大兴区中西医结合医院')
TCM_HD = org('海淀区中医医院')

# ================================================================== special cases (expected worked out by hand)
# --- 1 HIDDEN (outcome 0)
d = Doc('HIDDEN: 主要执业机构暂存, no records', main=HOSP_DX)
d.hide(HOSP_DX, '长期病假', T(2026, 4, 3, 9, 12, 0))
d.expect(0, [], [], 'spec §ruling 1: 主要执业机构暂存 actively hidden by the main org → HIDDEN')

d = Doc('HIDDEN: 主要执业机构暂存 although fully assessed', main=HOSP_CY, others=[HOSP_DX])
d.complete()
d.hide(HOSP_CY, '已离职，待注销', T(2026, 7, 20, 16, 5, 0))
d.expect(0, [], [], 'spec §ruling 1: main org hide wins over complete records → HIDDEN, no reasons')

d = Doc('HIDDEN + INVALID_CERT_NO', main=HOSP_HD)
d.cert = resident_cert(ORG[HOSP_HD][2], d.birth, d.male, broken=True)
d.hide(HOSP_HD, '外出进修', T(2026, 4, 10, 10, 0, 0))
d.expect(0, [], ['INVALID_CERT_NO'], 'spec §ruling 1 + README: HIDDEN keeps only identity warnings (check digit wrong)')

d = Doc('hidden at a secondary site only', main=HOSP_TZ, others=[HOSP_FT])
d.apply()
d.rate(HOSP_TZ)
d.exam()
d.hide(HOSP_FT, '多点执业已终止', T(2026, 5, 12, 14, 30, 0))
d.expect(1, [], [], 'spec §ruling: sites minus actively hidden site → only main org rates → PASS')

d = Doc('hidden at a secondary site which still rated FAIL', main=HOSP_XC, others=[HOSP_HD])
d.apply()
d.rate(HOSP_XC)
d.rate(HOSP_HD, ethics='FAIL', performance='FAIL')
d.exam()
d.hide(HOSP_HD, '多点执业备案已取消', T(2026, 5, 6, 9, 0, 0))
d.expect(1, [], ['EVALUATION_FOREIGN_SITE'],
         'spec §ruling 3: hidden site is not a site, its FAIL does not count (EVALUATION_FOREIGN_SITE) → PASS')

d = Doc('hidden then unhidden by the main org', main=HOSP_FT)
d.hide(HOSP_FT, '信息核对中', T(2026, 4, 2, 9, 30, 0), unhidden=T(2026, 4, 25, 11, 0, 0))
d.complete()
d.expect(1, [], [], 'spec §ruling: unhidden_at ≤ business date → hide not active → ordinary PASS')

d = Doc('hidden by the main org for cycle 2025 only', main=TCM_HD, profile=('中医', ['中医专业'], '中医专业'))
d.hide(TCM_HD, '2025年度暂存', T(2025, 4, 8, 9, 0, 0), cycle=2025)
d.complete()
d.expect(1, [], [], 'spec §ruling: rows for another cycle year never count → PASS')

# --- 2 application step
d = Doc('RETURNED application, registered long ago', main=HOSP_DX)
d.apply(status='RETURNED')
d.expect(3, ['NOT_REGISTERED'], [], 'spec §ruling 2: RETURNED, registered_on outside window → NOT_PARTICIPATED')
d = Doc('RETURNED application, registered during the window', main=HOSP_CY)
d.registered_on = D(2026, 4, 20)
d.apply(status='RETURNED')
d.expect(4, ['REGISTERED_DURING_CYCLE'], [], 'plan §二(六): RETURNED, registered_on in window → DEFERRED')
d = Doc('DRAFT application, registered long ago', main=HOSP_HD)
d.apply(status='DRAFT')
d.expect(3, ['NOT_REGISTERED'], [], 'spec §ruling 2: DRAFT, registered_on outside window → NOT_PARTICIPATED')
d = Doc('DRAFT application, registered during the window', main=HOSP_TZ)
d.registered_on = D(2026, 6, 1)
d.apply(status='DRAFT')
d.expect(4, ['REGISTERED_DURING_CYCLE'], [], 'plan §二(六): DRAFT, registered_on in window → DEFERRED')
d = Doc('SUBMITTED, never approved', main=HOSP_XC)
d.apply(status='SUBMITTED')
d.expect(3, ['NOT_APPROVED'], [], 'spec §ruling 2: SUBMITTED → NOT_PARTICIPATED NOT_APPROVED')
d = Doc('SUBMITTED, never approved, registered during the window', main=HOSP_FT)
d.registered_on = D(2026, 5, 3)
d.apply(status='SUBMITTED')
d.expect(3, ['NOT_APPROVED'], [], 'spec §ruling 2: SUBMITTED → NOT_APPROVED whatever registered_on')
for reg, outcome in ((D(2026, 5, 15), 4), (D(2021, 9, 7), 3), (D(2026, 4, 1), 4), (D(2026, 8, 10), 4),
                     (D(2026, 3, 31), 3), (D(2026, 8, 11), 3), (None, 3)):
    d = Doc(f'no application, registered_on {reg or "blank"}', main=rnd.choice(HOSPITALS))
    d.registered_on = reg
    if outcome == 4:
        d.expect(4, ['REGISTERED_DURING_CYCLE'], [], f'plan §二(六): no application, registered_on {reg} in window 04-01…08-10 → DEFERRED')
    else:
        d.expect(3, ['NOT_REGISTERED'], [], f'plan §四(三)2: no application, registered_on {reg or "blank"} outside window → NOT_PARTICIPATED')
d = Doc('application only for cycle 2025', main=HOSP_TZ)
d.apply(cycle=2025, submitted=T(2025, 4, 10, 9, 0, 0))
d.expect(3, ['NOT_REGISTERED'], [], 'spec §ruling: 2025 rows never count → no application → NOT_REGISTERED')
d = Doc('only application row rejected (bad status enum)', main=HOSP_CY)
d.bad_application = True
d.expect(3, ['NOT_REGISTERED'], [], 'spec §Bad input: rejected row does not exist → no application → NOT_REGISTERED')

# --- duplicates
d = Doc('DUPLICATE_APPLICATION: SUBMITTED then APPROVED (later submitted_at)', main=HOSP_DX, others=[HOSP_FT])
d.apply(status='SUBMITTED', submitted=T(2026, 4, 5, 10, 0, 0))
d.apply(status='APPROVED', submitted=T(2026, 4, 12, 15, 20, 0))
d.rate_all()
d.exam()
d.expect(1, [], ['DUPLICATE_APPLICATION'], 'spec §repeated keys: later submitted_at (APPROVED) kept → PASS')
d = Doc('DUPLICATE_APPLICATION: APPROVED line first, older RETURNED line after', main=HOSP_HD)
d.apply(status='APPROVED', submitted=T(2026, 4, 20, 8, 45, 0))
d.apply(status='RETURNED', submitted=T(2026, 4, 8, 9, 10, 0))
d.rate_all()
d.exam()
d.expect(1, [], ['DUPLICATE_APPLICATION'], 'spec §repeated keys: later submitted_at wins over later line → APPROVED → PASS')
d = Doc('DUPLICATE_APPLICATION: tie on submitted_at, later line SUBMITTED', main=HOSP_XC)
d.apply(status='APPROVED', submitted=T(2026, 4, 16, 14, 0, 0))
d.apply(status='SUBMITTED', submitted=T(2026, 4, 16, 14, 0, 0))
d.expect(3, ['NOT_APPROVED'], ['DUPLICATE_APPLICATION'], 'spec §repeated keys: tie → later line (SUBMITTED) kept → NOT_APPROVED')

# --- 3 evaluations
d = Doc('evaluation unconfirmed at the main org', main=HOSP_TZ)
d.apply()
d.rate(HOSP_TZ, confirmed='N')
d.exam()
d.expect(3, ['EVALUATION_MISSING'], ['EVALUATION_UNCONFIRMED', 'EXAM_BEFORE_EVALUATION'],
         'spec §ruling 3: unconfirmed rating does not count → EVALUATION_MISSING → 未参加 (plan §四(三)1)')
d = Doc('unconfirmed FAIL at a secondary site', main=HOSP_DX, others=[HOSP_CY])
d.apply()
d.rate(HOSP_DX)
d.rate(HOSP_CY, ethics='FAIL', confirmed='N')
d.exam()
d.expect(3, ['EVALUATION_MISSING'], ['EVALUATION_UNCONFIRMED', 'EXAM_BEFORE_EVALUATION'],
         'spec §ruling 3: unconfirmed FAIL does not count → site missing, no ETHICS_FAIL → 未参加')
d = Doc('evaluation after CLOSE (2026-08-11)', main=HOSP_FT)
d.apply()
d.rate(HOSP_FT, at=T(2026, 8, 11, 9, 15, 0))
d.exam()
d.expect(3, ['EVALUATION_MISSING'], ['EVALUATION_AFTER_CLOSE', 'EXAM_BEFORE_EVALUATION'],
         'spec §ruling 3: evaluation dated after CLOSE does not count → EVALUATION_MISSING → 未参加')
d = Doc('evaluation on CLOSE day 2026-08-10 (counts), exam before it', main=HOSP_HD)
d.apply()
d.rate(HOSP_HD, at=T(2026, 8, 10, 17, 40, 0))
d.exam()
d.expect(1, [], ['EXAM_BEFORE_EVALUATION'], 'spec §ruling: a record of 08-10 still counts → PASS; exam taken before it (manual §11.2)')
d = Doc('evaluation from a foreign (non-site) org', main=HOSP_CY)
d.complete()
d.rate(HOSP_XC, ethics='FAIL')
d.expect(1, [], ['EVALUATION_FOREIGN_SITE'], 'spec §ruling 3: rating from a non-site does not count → PASS')
d = Doc('EVALUATION_CONFLICT: tie on evaluated_at, ethics PASS vs FAIL', main=HOSP_DX)
d.apply()
at = T(2026, 6, 15, 10, 30, 0)
d.rate(HOSP_DX, at=at)
d.rate(HOSP_DX, ethics='FAIL', at=at)
d.exam()
d.expect(2, ['ETHICS_FAIL'], ['EVALUATION_CONFLICT'], 'spec §repeated keys: tie → worse rating (FAIL) → ETHICS_FAIL → 不合格')
d = Doc('EVALUATION_CONFLICT: later PASS listed before earlier FAIL', main=HOSP_TZ)
d.apply()
d.rate(HOSP_TZ, at=T(2026, 6, 20, 11, 0, 0))
d.rate(HOSP_TZ, performance='FAIL', at=T(2026, 6, 2, 9, 0, 0))
d.exam()
d.expect(1, [], ['EVALUATION_CONFLICT'], 'spec §repeated keys: later evaluated_at (PASS) kept → PASS')
d = Doc('evaluation for cycle 2025 only', main=HOSP_XC)
d.apply()
d.rate(HOSP_XC, cycle=2025, at=T(2025, 6, 10, 10, 0, 0))
d.exam()
d.expect(3, ['EVALUATION_MISSING'], ['EXAM_BEFORE_EVALUATION'], 'spec §ruling: 2025 rating never counts → EVALUATION_MISSING → 未参加')
d = Doc('only evaluation row rejected (bad rating enum)', main=HOSP_HD)
d.apply()
d.bad_evaluation = True
d.exam()
d.expect(3, ['EVALUATION_MISSING'], ['EXAM_BEFORE_EVALUATION'], 'spec §Bad input: rejected rating does not exist → EVALUATION_MISSING')
d = Doc('ETHICS_FAIL (不合格 at the main org)', main=HOSP_CY)
d.apply()
d.rate(HOSP_CY, ethics='不合格', performance='合格')
d.exam()
d.expect(2, ['ETHICS_FAIL'], [], 'spec §ruling 3/plan §四(二): ethics FAIL → 不合格')
d = Doc('PERFORMANCE_FAIL at a secondary site', main=HOSP_DX, others=[HOSP_HD])
d.apply()
d.rate(HOSP_DX)
d.rate(HOSP_HD, performance='FAIL')
d.exam()
d.expect(2, ['PERFORMANCE_FAIL'], [], 'spec §ruling 3: FAIL at any site → PERFORMANCE_FAIL → 不合格 (plan §二(四))')
d = Doc('ETHICS_FAIL and no exam', main=HOSP_FT)
d.apply()
d.rate(HOSP_FT, ethics='FAIL')
d.expect(2, ['ETHICS_FAIL', 'EXAM_MISSING'], [], 'spec §ruling 5: FAIL even if another item is MISSING → 不合格')
d = Doc('secondary site missing and 3 online fails', main=HOSP_TZ, others=[HOSP_CY])
d.apply()
d.rate(HOSP_TZ)
for n in (1, 2, 3):
    d.exam(passed='N', attempt=n)
d.expect(2, ['EVALUATION_MISSING', 'EXAM_FAIL'], ['EXAM_BEFORE_EVALUATION'],
         'plan §四(二): 3 online fails → EXAM_FAIL → 不合格 even with a site missing')
d = Doc('secondary site missing, no exam', main=HOSP_HD, others=[TCM_DX, HOSP_XC])
d.apply()
d.rate(HOSP_HD)
d.rate(HOSP_XC)
d.expect(3, ['EVALUATION_MISSING', 'EXAM_MISSING'], [], 'plan §四(三)1: a site did not rate, no exam → 未参加')
d = Doc('all sites rated, no exam', main=HOSP_DX, others=[HOSP_TZ])
d.apply()
d.rate_all()
d.expect(3, ['EXAM_MISSING'], [], 'plan §四(三)1: business level not taken → 未参加')
d = Doc('exam before all sites were rated', main=HOSP_XC, others=[HOSP_FT])
d.apply()
d.rate(HOSP_XC)
d.rate(HOSP_FT, at=T(2026, 7, 20, 15, 0, 0))
d.exam(at=T(2026, 7, 9, 10, 0, 0))
d.expect(1, [], ['EXAM_BEFORE_EVALUATION'], 'manual §11.2: exam taken before the last site rated → warning; PASS')
d = Doc('ratings written 合格 / confirmed 是', main=HOSP_TZ)
d.apply()
d.rate(HOSP_TZ, ethics='合格', performance='合格', confirmed='是')
d.exam()
d.expect(1, [], [], 'spec §Values: 合格 and 是 accepted → PASS')

# --- 4 business level
d = Doc('online attempt 3 passed after 2 fails', main=HOSP_CY)
d.apply()
d.rate_all()
d.exam(passed='N', attempt=1)
d.exam(passed='N', attempt=2)
d.exam(passed='Y', attempt=3)
d.expect(1, [], [], 'plan §四(二): at most 3 online tries, the 3rd passed → PASS')
d = Doc('3 online fails', main=HOSP_DX)
d.apply()
d.rate_all()
for n in (1, 2, 3):
    d.exam(passed='N', attempt=n)
d.expect(2, ['EXAM_FAIL'], [], 'plan §四(二): 3 online fails → EXAM_FAIL → 不合格')
d = Doc('4th online attempt passed (ignored)', main=HOSP_HD)
d.apply()
d.rate_all()
for n in (1, 2, 3):
    d.exam(passed='N', attempt=n)
d.exam(passed='Y', attempt=4, at=T(2026, 7, 30, 10, 0, 0))
d.expect(2, ['EXAM_FAIL'], ['EXAM_ATTEMPT_LIMIT'], 'plan §四(二): attempt 4 not counted → 3 fails → EXAM_FAIL')
d = Doc('pass after CLOSE (2026-08-11) ignored', main=HOSP_FT)
d.apply()
d.rate_all()
d.exam(passed='N', attempt=1)
d.exam(passed='Y', attempt=2, at=T(2026, 8, 11, 9, 30, 0))
d.expect(2, ['EXAM_FAIL'], ['EXAM_AFTER_CLOSE'], 'spec §ruling 4: attempt after CLOSE not counted → only a fail → EXAM_FAIL')
d = Doc('pass on CLOSE day 2026-08-10 counts', main=HOSP_TZ)
d.apply()
d.rate_all()
d.exam(passed='Y', attempt=1, at=T(2026, 8, 10, 16, 0, 0))
d.expect(1, [], [], 'spec §ruling: a record of 08-10 still counts → PASS')
d = Doc('only exam row rejected (non-numeric score)', main=HOSP_XC)
d.apply()
d.rate_all()
d.bad_exam = True
d.expect(3, ['EXAM_MISSING'], [], 'spec §Bad input: rejected exam row does not exist → EXAM_MISSING → 未参加')
d = Doc('exam at the wrong org', main=HOSP_DX)
d.apply()
d.rate_all()
d.exam(exam_org=HOSP_HD)
d.expect(1, [], ['EXAM_WRONG_ORG'], 'spec §warnings: exam_org_code ≠ application exam org (blank = main org); PASS')
d = Doc('藏医, passed OFFLINE', main=TCM_HD, profile=('中医', ['藏医专业'], '藏医专业'))
d.apply()
d.rate_all()
d.exam(mode='OFFLINE')
d.expect(1, [], [], 'plan §四(二): 藏医 tested offline (catalog exam_mode) → PASS')
d = Doc('蒙医, passed OFFLINE', main=TCM_DX, profile=('中医', ['蒙医专业'], '蒙医专业'))
d.apply()
d.rate_all()
d.exam(mode='OFFLINE')
d.expect(1, [], [], 'plan §四(二): 蒙医 tested offline (catalog exam_mode) → PASS')
d = Doc('delegated to 北京医疗整形美容业协会, exam there', main=HOSP_CY, profile=('临床', ['外科专业'], '美容外科专业'))
d.complete(exam_org=ASSOC_BEAUTY)
exam_rows[-1][1]['exam_org_code'] = ASSOC_BEAUTY
d.expect(1, [], [], '附件2 委托协会: exam at the delegated assessment institution → PASS')
d = Doc('delegated to 北京健康管理协会, exam there', main=HOSP_HD, profile=('临床', ['内科专业'], '内科专业'))
d.complete(exam_org=ASSOC_HEALTH)
exam_rows[-1][1]['exam_org_code'] = ASSOC_HEALTH
d.expect(1, [], [], '附件2 委托协会: exam at the delegated assessment institution → PASS')
d = Doc('delegated to 北京健康管理协会 but examined at the main org', main=HOSP_XC,
        profile=('临床', ['眼耳鼻咽喉科专业'], '眼科专业'))
d.complete(exam_org=ASSOC_HEALTH)
d.expect(1, [], ['EXAM_WRONG_ORG'], 'spec §warnings: exam not at the application exam org (association) → warning; PASS')

# --- simplified procedure (plan §五)
SIMPLE_PASS = 'plan §五: eligible claim lets the SIMPLIFIED record count → PASS'


def simplified(case, expected, claim, records=('SIMPLIFIED',), **person):
    d = Doc(case, **person)
    d.apply(simplified='Y', **claim)
    d.rate_all()
    for i, mode in enumerate(records):
        if mode == 'SIMPLIFIED':
            d.exam(mode='SIMPLIFIED', at=T(2026, 7, 3 + i, 10, 0, 0))
        elif mode == 'ONLINE_FAIL':
            d.exam(passed='N', at=T(2026, 7, 10 + i, 10, 0, 0))
        else:
            d.exam(at=T(2026, 7, 10 + i, 10, 0, 0))
    d.expect(*expected)
    return d


INELIGIBLE_MISSING = (3, ['EXAM_MISSING', 'SIMPLIFIED_INELIGIBLE'], ['SIMPLIFIED_INELIGIBLE'])
simplified('cat 2: 60 exactly on 2026-12-31 (born 1966-12-31)', (1, [], [], 'plan §五(二): born ≤ 1966-12-31 → eligible → PASS'),
           {'category': 2}, birth=D(1966, 12, 31), main=HOSP_DX)
simplified('cat 2: born 1967-01-01, SIMPLIFIED record not counted', INELIGIBLE_MISSING
           + ('plan §五(二): not 60 by 2026-12-31 → SIMPLIFIED_INELIGIBLE; record not counted → EXAM_MISSING',),
           {'category': 2}, birth=D(1967, 1, 1), main=HOSP_CY)
d = simplified('cat 2: birth_date blank, taken from the cert number (1962)',
               (1, [], [], 'plan §五(二): birth from cert number 1962 → eligible → PASS'),
               {'category': 2}, birth=D(1962, 3, 18), main=HOSP_HD)
d.birth_text = ''
d = simplified('cat 2: MILITARY, birth_date blank → cannot be shown 60', INELIGIBLE_MISSING
               + ('README: no roster birth date and no resident number → ineligible; EXAM_MISSING',),
               {'category': 2}, cert_type='MILITARY', birth=D(1961, 5, 2), main=HOSP_FT, cert='南字第20061187号')
d.birth_text = ''
simplified('cat 6: 主任医师 obtained 2026-12-31', (1, [], [], 'plan §五(六): title_date ≤ 2026-12-31 → eligible → PASS'),
           {'category': 6}, main=HOSP_TZ, birth=D(1975, 2, 14)).__dict__.update(title='主任医师', title_date=D(2026, 12, 31))
d = simplified('cat 6: 主任中医师 since 2019', (1, [], [], SIMPLE_PASS), {'category': 6}, main=TCM_DX,
               profile=('中医', ['中医专业'], '中医专业'), birth=D(1970, 8, 9))
d.title, d.title_date = '主任中医师', D(2019, 12, 1)
d = simplified('cat 6: 副主任医师 claims, passed online anyway',
               (1, ['SIMPLIFIED_INELIGIBLE'], ['SIMPLIFIED_INELIGIBLE'],
                'plan §五(六): not 主任医师 → SIMPLIFIED_INELIGIBLE (whatever the outcome); online pass → PASS'),
               {'category': 6}, records=('ONLINE',), main=HOSP_XC, birth=D(1976, 4, 22))
d.title, d.title_date = '副主任医师', D(2018, 12, 1)
d = simplified('cat 6: 主任医师 with blank title_date', INELIGIBLE_MISSING
               + ('README: cat. 6 needs a title_date → ineligible; SIMPLIFIED record not counted → EXAM_MISSING',),
               {'category': 6}, main=HOSP_DX, birth=D(1969, 7, 7))
d.title, d.title_date = '主任医师', None
simplified('cat 5: aid 3 months in 2025', (1, [], [], 'plan §五(五): aid ≥ 3 months, evidence in period → PASS'),
           {'category': 5, 'evidence_ref': '京卫援字〔2025〕017号', 'evidence_date': '2025-03-01', 'aid_months': 3},
           main=HOSP_CY)
simplified('cat 5: aid only 2 months', INELIGIBLE_MISSING + ('plan §五(五): aid_months 2 < 3 → SIMPLIFIED_INELIGIBLE; EXAM_MISSING',),
           {'category': 5, 'evidence_ref': '京卫援字〔2025〕022号', 'evidence_date': '2025-06-30', 'aid_months': 2},
           main=HOSP_FT)
simplified('cat 3: evidence dated 2023-12-31 (outside period), one online fail',
           (2, ['EXAM_FAIL', 'SIMPLIFIED_INELIGIBLE'], ['SIMPLIFIED_INELIGIBLE'],
            'plan §五(三): evidence outside 2024–2026 → ineligible; only the online fail counts → EXAM_FAIL → 不合格'),
           {'category': 3, 'evidence_ref': '京科奖〔2023〕二等-0419', 'evidence_date': '2023-12-31'},
           records=('SIMPLIFIED', 'ONLINE_FAIL'), main=HOSP_HD)
simplified('cat 3: evidence dated 2024-01-01 (first day of period)', (1, [], [], SIMPLE_PASS),
           {'category': 3, 'evidence_ref': '京科奖〔2024〕三等-0102', 'evidence_date': '2024-01-01'}, main=HOSP_DX)
simplified('cat 7: passed 副主任医师 review 2026-06-30', (1, [], [], SIMPLE_PASS),
           {'category': 7, 'evidence_ref': '京职称〔2026〕第3307号', 'evidence_date': '2026-06-30'}, main=HOSP_TZ)
simplified('cat 7: no evidence_ref, no exam record', INELIGIBLE_MISSING + ('plan §五(七): evidence_ref missing → ineligible; no record → EXAM_MISSING',),
           {'category': 7, 'evidence_date': '2025-05-20'}, records=(), main=HOSP_CY)
simplified('cat 1: 享受国务院政府特殊津贴', (1, [], [], SIMPLE_PASS), {'category': 1, 'evidence_ref': '国特津〔2020〕第0815号'},
           main=HOSP_HD, birth=D(1964, 10, 3))
simplified('cat 4: 市级老中医指导老师, evidence dated 2015 (cat. 4 needs only the reference)', (1, [], [], SIMPLE_PASS),
           {'category': 4, 'evidence_ref': '京中医〔2015〕指导老师第12号', 'evidence_date': '2015-09-01'}, main=TCM_HD,
           profile=('中医', ['中医专业'], '中医专业'))
simplified('cat 1: no evidence_ref', INELIGIBLE_MISSING + ('plan §五(一): evidence_ref missing → ineligible; EXAM_MISSING',),
           {'category': 1}, main=HOSP_XC)
d = Doc('SIMPLIFIED record without any claim (simplified = N)', main=HOSP_FT)
d.apply()
d.rate_all()
d.exam(mode='SIMPLIFIED')
d.expect(3, ['EXAM_MISSING'], [], 'spec §ruling 4: SIMPLIFIED record without eligible claim not counted → EXAM_MISSING; no claim → no SIMPLIFIED_INELIGIBLE')

# --- identity, scope, orgs
d = Doc('INVALID_CERT_NO (wrong check digit)', main=HOSP_CY)
d.cert = resident_cert(ORG[HOSP_CY][2], d.birth, d.male, broken=True)
d.complete()
d.expect(1, [], ['INVALID_CERT_NO'], 'spec §warnings: GB 11643 check digit wrong → warning only; PASS')
d = Doc('BIRTH_DATE_MISMATCH', main=HOSP_TZ, birth=D(1978, 3, 15))
d.birth_text = '1978-05-13'
d.complete()
d.expect(1, [], ['BIRTH_DATE_MISMATCH'], 'spec §warnings: roster 1978-05-13 ≠ cert 19780315 → warning only; PASS')
d = Doc('SPECIALTY_NOT_IN_SCOPE (内科 physician chose 骨科)', main=HOSP_DX, profile=('临床', ['内科专业'], '骨科专业'))
d.complete()
d.expect(1, [], ['SPECIALTY_NOT_IN_SCOPE'], 'spec §warnings: 骨科专业 not allowed for 内科专业; specialty limits nothing → PASS')
d = Doc('SPECIALTY_NOT_IN_SCOPE while not approved', main=HOSP_HD, profile=('口腔', ['口腔专业'], '内科专业'))
d.apply(status='SUBMITTED')
d.expect(3, ['NOT_APPROVED'], ['SPECIALTY_NOT_IN_SCOPE'], 'README: step-2 ruling still reports application warnings')
d = Doc('specialty equal to the scope itself (全科医学科专业)', main=HOSP_FT, profile=('临床', ['全科医学科专业'], '全科医学科专业'))
d.complete()
d.expect(1, [], [], 'spec §warnings: specialty equal to one of the scopes is in scope → PASS')
d = Doc('西学中: 临床 physician with scope 中医专业 chose 内科', main=TCM_DX, profile=('临床', ['内科专业', '中医专业'], '内科'))
d.complete()
d.expect(1, [], [], '附件2 西学中 row (scope 中医专业 → 内科) → in scope → PASS')
d = Doc('UNKNOWN_ORG: main org not in institutions', main=UNKNOWN_ORG)
d.complete()
d.expect(1, [], ['UNKNOWN_ORG'], 'spec §warnings: main org unknown (district 未知) but it is the site and rated → PASS')
for ctype, cert, name, male, birth in (('MILITARY', '军字第2018102号', None, True, D(1983, 11, 2)),
                                       ('HMT', 'H60213587', None, False, D(1986, 6, 19)),
                                       ('HMT', '台胞证03417729', None, True, D(1980, 1, 23)),
                                       ('FOREIGN', 'E96438125', 'KIM MINJUN', True, D(1984, 9, 30)),
                                       ('FOREIGN', 'G53190472', 'ANNA SCHMIDT', False, D(1979, 2, 11))):
    d = Doc(f'{ctype} document', main=rnd.choice(HOSPITALS), cert_type=ctype, birth=birth, male=male, cert=cert)
    if name:
        d.name = name
    d.complete()
    d.expect(1, [], [], f'{ctype}: no check digit to test; ordinary PASS')

# ================================================================== ordinary physicians (PASS)
SPECIAL = len(physicians)
while len(physicians) < 320:
    main = rnd.choice(HOSPITALS)
    r = rnd.random()
    others = [] if r < 0.62 else other_sites(main, 1, rnd.random() < 0.4) if r < 0.92 else other_sites(main, 2, True)
    d = Doc(main=main, others=others)
    d.complete()
    if rnd.random() < 0.12:  # a first online fail, then a pass
        row = exam_rows[-1][1]
        row.update(passed='N', law_score='52.0')
        d.exam(attempt=2)
    d.case = 'ordinary, ' + ('single site' if not others else f'{len(others)} other site(s)')

# ================================================================== bad rows (rejected; max(10, 1 %) per file)
used_certs.add('x')


def fresh_cert():
    return resident_cert('110105', dt.date(1985, 5, 5), True)


BAD = []  # (file, line description)
bad_roster = [
    dict(cert_type='RESIDENT', cert_no=fresh_cert(), name='', gender='男', birth_date='1985-05-05'),
    dict(cert_type='RESIDENT', cert_no=resident_cert('110108', dt.date(1990, 2, 8), False), name='赵雨桐', gender='女',
         birth_date='1990-02-30'),
]
UNKNOWN_PHYSICIAN_CERT = resident_cert('110112', dt.date(1979, 12, 1), True)


# ------------------------------------------------------------------ writers
def text(v):
    if v is None:
        return ''
    if isinstance(v, dt.datetime):
        return f'{v:%Y-%m-%d %H:%M:%S}'
    if isinstance(v, dt.date):
        return f'{v:%Y-%m-%d}'
    return str(v)


def write_csv(name, header, rows, encoding='utf-8', bom=False, crlf=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n' if crlf else '\n')
    w.writerow(header)
    for r in rows:
        w.writerow([text(v) for v in r])
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b'\xef\xbb\xbf' + data
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)
    return len(rows)


inst_rows = [[o[0], o[1], o[2], o[3]] for o in INSTITUTIONS]
inst_rows.insert(7, [licence(10777, '110105'), '', '110105', 'N'])  # bad: org_name missing
BAD.append(('institutions.csv', 'line 9: org_name 机构名称 missing'))
write_csv('institutions.csv', ['org_code', 'org_name', 'district_code', 'exam_org'], inst_rows)

ROSTER_HEADER = ['证件类型', '证件号码', '姓名', '性别', '出生日期', '执业类别', '执业范围', '主要执业机构', '其他执业机构', '职称',
                 '职称取得日期', '执业注册(变更)日期']
roster = []
for i, d in enumerate(physicians):
    birth = d.birth_text
    if birth and i % 17 == 5:  # Excel's short date style, accepted as yyyy/M/d
        y, m, dd = (int(x) for x in birth.split('-'))
        birth = f'{y}/{m}/{dd}'
    roster.append([d.cert_type, d.cert, d.name, '男' if d.male else '女', birth, d.category, ';'.join(d.scopes), d.main,
                   ';'.join(d.others), d.title, d.title_date, d.registered_on])
for k, b in enumerate(bad_roster):
    roster.insert(40 + 90 * k, [b['cert_type'], b['cert_no'], b['name'], b['gender'], b['birth_date'], '临床', '内科专业',
                                HOSP_DX, '', '主治医师', '2015-06-01', '2014-03-02'])
BAD.append(('roster.csv', f'line 42: 姓名 missing ({bad_roster[0]["cert_no"]})'))
BAD.append(('roster.csv', f'line 132: 出生日期 1990-02-30 is not a date ({bad_roster[1]["cert_no"]})'))
write_csv('roster.csv', ROSTER_HEADER, roster, encoding='gb18030', crlf=True)

APP_HEADER = ['cert_no', 'cycle_year', 'specialty', 'status', 'submitted_at', 'approved_at', 'simplified',
              'simplified_category', 'evidence_ref', 'evidence_date', 'aid_months', 'exam_org_code']
apps = [[r[k] for k in APP_HEADER] for _, r in application_rows]
bad_app = next(d for d in physicians if getattr(d, 'bad_application', False))
apps.insert(100, [bad_app.cert, CYCLE, bad_app.specialty, 'PENDING', T(2026, 4, 9, 8, 0, 0), '', 'N', '', '', '', '', ''])
BAD.append(('applications.csv', f'line 102: status PENDING is not an allowed value ({bad_app.cert})'))
extra = physicians[SPECIAL + 3]  # an ordinary physician gets a second, malformed line: rejected, no duplicate
apps.insert(180, [extra.cert, CYCLE, extra.specialty, 'APPROVED', T(2026, 4, 9, 8, 0, 0), '', 'N', '', '', '', '', '',
                  '多余字段'])
BAD.append(('applications.csv', f'line 182: 13 fields for 12 columns ({extra.cert}; rejected, so no DUPLICATE_APPLICATION)'))
apps.insert(200, [fresh_cert(), CYCLE, '内科专业', 'APPROVED', '2026-04-31 10:00:00', '', 'N', '', '', '', '', ''])
BAD.append(('applications.csv', 'line 202: submitted_at 2026-04-31 is not a date (cert not in roster)'))
apps.append([UNKNOWN_PHYSICIAN_CERT, CYCLE, '内科专业', 'APPROVED', T(2026, 4, 11, 9, 0, 0), T(2026, 5, 6, 9, 0, 0), 'N',
             '', '', '', '', ''])
write_csv('applications.csv', APP_HEADER, apps, bom=True)

EVAL_HEADER = ['cert_no', 'org_code', 'cycle_year', 'ethics', 'performance', 'evaluated_at', 'confirmed']
evals = [[r[k] for k in EVAL_HEADER] for _, r in evaluation_rows]
bad_eval = next(d for d in physicians if getattr(d, 'bad_evaluation', False))
evals.insert(60, [bad_eval.cert, bad_eval.main, CYCLE, '良好', 'PASS', T(2026, 6, 3, 10, 0, 0), 'Y'])
BAD.append(('evaluations.xlsx', f'row 62: ethics 良好 is not PASS/FAIL/合格/不合格 ({bad_eval.cert})'))
evals.append([UNKNOWN_PHYSICIAN_CERT, HOSP_TZ, CYCLE, 'PASS', 'PASS', T(2026, 6, 8, 10, 0, 0), 'Y'])
DATE_CELL_ROWS = {3, 10, 25}  # data rows whose evaluated_at is a real date cell


def xlsx(name, header, rows, date_cell_rows=None, stamp=(2026, 8, 11, 0, 0, 0)):
    date_cell_rows = DATE_CELL_ROWS if date_cell_rows is None else date_cell_rows

    def col(i):
        return chr(ord('A') + i)

    def esc(s):
        return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

    lines = []
    for r, values in enumerate([header] + rows, start=1):
        cells = []
        for c, v in enumerate(values):
            ref = f'{col(c)}{r}'
            if isinstance(v, dt.datetime) and (r - 1) in date_cell_rows:
                serial = (v - dt.datetime(1899, 12, 30)).total_seconds() / 86400
                cells.append(f'<c r="{ref}" s="1"><v>{serial:.10f}</v></c>')
            elif isinstance(v, int) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(text(v))}</t></is></c>')
        lines.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + ''.join(lines) + '</sheetData></worksheet>')
    parts = {
        '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '</Types>',
        '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="机构评价" sheetId="1" r:id="rId1"/></sheets></workbook>',
        'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '</Relationships>',
        'xl/styles.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '</styleSheet>',
        'xl/worksheets/sheet1.xml': sheet,
    }
    with zipfile.ZipFile(os.path.join(HERE, name), 'w', zipfile.ZIP_DEFLATED) as z:
        for part, content in parts.items():
            info = zipfile.ZipInfo(part, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content.encode('utf-8'))
    return len(rows)


xlsx('evaluations.xlsx', EVAL_HEADER, evals)

EXAM_HEADER = ['cert_no', 'cycle_year', 'attempt_no', 'mode', 'specialty', 'law_score', 'specialty_score', 'passed',
               'taken_at', 'exam_org_code']
exams = [[r[k] for k in EXAM_HEADER] for _, r in exam_rows]
bad_exam = next(d for d in physicians if getattr(d, 'bad_exam', False))
exams.insert(150, [bad_exam.cert, CYCLE, 1, 'ONLINE', bad_exam.specialty, '八十', '71.5', 'Y', T(2026, 7, 12, 9, 0, 0),
                   bad_exam.main])
BAD.append(('exam_attempts.csv', f'line 152: law_score 八十 is not numeric ({bad_exam.cert})'))
exams.append([UNKNOWN_PHYSICIAN_CERT, CYCLE, 1, 'ONLINE', '内科专业', '80.0', '77.5', 'Y', T(2026, 7, 6, 9, 0, 0), HOSP_TZ])
write_csv('exam_attempts.csv', EXAM_HEADER, exams)

HIDDEN_HEADER = ['证件号码', '机构代码', '考核年度', '原因', 'hidden_at', 'unhidden_at']
hides = [[r['cert_no'], r['org_code'], r['cycle_year'], r['reason'], r['hidden_at'], r['unhidden_at']]
         for _, r in hidden_rows]
extra_hide = physicians[SPECIAL + 7]
hides.insert(2, [extra_hide.cert, extra_hide.main, CYCLE, '调离', T(2026, 5, 2, 9, 0, 0), '', '多余字段'])
BAD.append(('hidden.csv', f'line 4: 7 fields for 6 columns ({extra_hide.cert}; rejected, so that physician is not hidden → PASS)'))
hides.append([physicians[SPECIAL + 9].cert, physicians[SPECIAL + 9].main, CYCLE, '休产假', '2026-13-01 09:00:00', ''])
BAD.append(('hidden.csv', f'line {len(hides) + 1}: hidden_at 2026-13-01 is not a date ({physicians[SPECIAL + 9].cert}; not hidden → PASS)'))
write_csv('hidden.csv', HIDDEN_HEADER, hides)


# ------------------------------------------------------------------ independent check of the hand-written expectations
def parse_d(v):
    return v.date() if isinstance(v, dt.datetime) else v


class Round:
    """One cycle's ruling as the checker needs it: its timeline, business date and records (spec §The ruling)."""

    def __init__(self, cycle, window, business_date, applications, evaluations, exams, hides, reassessment=False):
        self.cycle = cycle  # the code, as stored: '2026' or '2026R'
        self.window = window  # REGISTRATION start .. CLOSE
        self.close = window[1]
        self.business_date = business_date
        self.base_year = int(cycle[:4])  # spec "The re-assessment": simplified judged for the base cycle
        self.period = (dt.date(self.base_year - 2, 1, 1), dt.date(self.base_year, 12, 31))
        self.reassessment = reassessment
        self.applications, self.evaluations, self.exams, self.hides = applications, evaluations, exams, hides

    def counts(self, row):
        """Rows of another cycle never count; the code is case-insensitive (2026r = 2026R)."""
        return str(row['cycle_year']).strip().upper() == self.cycle


def check_expected(d, rd=None):
    """Re-derives the ruling from the records; a disagreement stops the script."""
    rd = rd or ROUND_2026
    CYCLE, WINDOW, CLOSE, BUSINESS_DATE, PERIOD = rd.base_year, rd.window, rd.close, rd.business_date, rd.period
    warn = set()
    if d.cert_type == 'RESIDENT':
        if not valid_resident(d.cert):
            warn.add('INVALID_CERT_NO')
        elif d.birth_text and d.birth_text != f'{d.cert[6:10]}-{d.cert[10:12]}-{d.cert[12:14]}':
            warn.add('BIRTH_DATE_MISMATCH')
    if d.main not in ORG:
        warn.add('UNKNOWN_ORG')
    hides = [r for p, r in rd.hides if p is d and rd.counts(r) and (
        r['unhidden_at'] == '' or parse_d(r['unhidden_at']) > BUSINESS_DATE)]
    if any(h['org_code'] == d.main for h in hides):
        return 0, [], sorted(warn & {'INVALID_CERT_NO', 'BIRTH_DATE_MISMATCH'})
    hidden_orgs = {h['org_code'] for h in hides}
    sites = [s for s in d.sites if s not in hidden_orgs]
    apps = [r for p, r in rd.applications if p is d and rd.counts(r)]
    if len(apps) > 1:
        warn.add('DUPLICATE_APPLICATION')
    app = None
    for r in apps:  # later submitted_at, tie → later line
        if app is None or (r['submitted_at'] or T(1, 1, 1)) >= (app['submitted_at'] or T(1, 1, 1)):
            app = r
    if app:
        allowed = {e for s, e, _, _ in CATALOG if s in d.scopes} | set(d.scopes)
        if app['specialty'] not in allowed:
            warn.add('SPECIALTY_NOT_IN_SCOPE')
    if app is None or app['status'] in ('DRAFT', 'RETURNED'):
        # spec "The re-assessment": no second deferral
        if not rd.reassessment and d.registered_on and WINDOW[0] <= d.registered_on <= WINDOW[1]:
            return 4, ['REGISTERED_DURING_CYCLE'], sorted(warn)
        return 3, ['NOT_REGISTERED'], sorted(warn)
    if app['status'] == 'SUBMITTED':
        return 3, ['NOT_APPROVED'], sorted(warn)
    reasons = set()
    norm = {'PASS': 'PASS', 'FAIL': 'FAIL', '合格': 'PASS', '不合格': 'FAIL'}
    stored = {}
    for p, r in rd.evaluations:
        if p is not d or not rd.counts(r):
            continue
        r = dict(r, ethics=norm[r['ethics']], performance=norm[r['performance']],
                 confirmed='Y' if r['confirmed'] in ('Y', '是') else 'N')
        old = stored.get(r['org_code'])
        if old is None:
            stored[r['org_code']] = r
            continue
        if (old['ethics'], old['performance']) != (r['ethics'], r['performance']):
            warn.add('EVALUATION_CONFLICT')
        if r['evaluated_at'] > old['evaluated_at']:
            stored[r['org_code']] = r
        elif r['evaluated_at'] == old['evaluated_at']:
            worse = lambda a, b: 'FAIL' if 'FAIL' in (a, b) else 'PASS'  # noqa
            stored[r['org_code']] = dict(r, ethics=worse(old['ethics'], r['ethics']),
                                         performance=worse(old['performance'], r['performance']),
                                         confirmed='Y' if old['confirmed'] == r['confirmed'] == 'Y' else 'N')
    missing, last_eval, state = False, None, {'ethics': 'PASS', 'performance': 'PASS'}
    for org_code, r in stored.items():
        if org_code not in sites:
            warn.add('EVALUATION_FOREIGN_SITE')
    for s in sites:
        r = stored.get(s)
        counted = r is not None
        if r is not None and r['confirmed'] != 'Y':
            warn.add('EVALUATION_UNCONFIRMED')
            counted = False
        if r is not None and r['evaluated_at'].date() > CLOSE:
            warn.add('EVALUATION_AFTER_CLOSE')
            counted = False
        if not counted:
            missing = True
            continue
        last_eval = max(last_eval or r['evaluated_at'], r['evaluated_at'])
        for item in ('ethics', 'performance'):
            if r[item] == 'FAIL':
                state[item] = 'FAIL'
                reasons.add(item.upper() + '_FAIL')
    if missing:
        reasons.add('EVALUATION_MISSING')
        for item in state:
            if state[item] == 'PASS':
                state[item] = 'MISSING'
    eligible = False
    if app['simplified'] == 'Y':
        cat = int(app['simplified_category'])
        ref, ed = app['evidence_ref'], app['evidence_date']
        ed = dt.date.fromisoformat(ed) if ed else None
        in_period = ed is not None and PERIOD[0] <= ed <= PERIOD[1]
        if cat == 2:
            birth = dt.date.fromisoformat(d.birth_text) if d.birth_text else (
                dt.date(int(d.cert[6:10]), int(d.cert[10:12]), int(d.cert[12:14])) if d.cert_type == 'RESIDENT'
                and valid_resident(d.cert) else None)
            eligible = birth is not None and birth <= dt.date(CYCLE - 60, 12, 31)
        elif cat == 6:
            eligible = d.title in ('主任医师', '主任中医师') and d.title_date is not None \
                and d.title_date <= dt.date(CYCLE, 12, 31)
        elif cat in (3, 7):
            eligible = bool(ref) and in_period
        elif cat == 5:
            eligible = bool(ref) and in_period and app['aid_months'] != '' and int(app['aid_months']) >= 3
        else:
            eligible = bool(ref)
        if not eligible:
            reasons.add('SIMPLIFIED_INELIGIBLE')
            warn.add('SIMPLIFIED_INELIGIBLE')
    counted = []
    exam_org = app['exam_org_code'] or d.main
    for p, r in rd.exams:
        if p is not d or not rd.counts(r):
            continue
        if r['exam_org_code'] and r['exam_org_code'] != exam_org:
            warn.add('EXAM_WRONG_ORG')
        if r['mode'] == 'ONLINE' and r['attempt_no'] > 3:
            warn.add('EXAM_ATTEMPT_LIMIT')
        elif r['taken_at'].date() > CLOSE:
            warn.add('EXAM_AFTER_CLOSE')
        elif r['mode'] == 'SIMPLIFIED' and not eligible:
            pass
        else:
            counted.append(r)
    if counted and (missing or any(r['taken_at'] < last_eval for r in counted)):
        warn.add('EXAM_BEFORE_EVALUATION')
    if any(r['passed'] == 'Y' for r in counted):
        business = 'PASS'
    elif counted:
        business = 'FAIL'
        reasons.add('EXAM_FAIL')
    else:
        business = 'MISSING'
        reasons.add('EXAM_MISSING')
    items = [state['ethics'], state['performance'], business]
    outcome = 1 if items == ['PASS'] * 3 else 2 if 'FAIL' in items else 3
    return outcome, sorted(reasons), sorted(warn)


ROUND_2026 = Round(str(CYCLE), WINDOW, BUSINESS_DATE, application_rows, evaluation_rows, exam_rows, hidden_rows)
errors = []
for d in physicians:
    got = check_expected(d)
    if got != d.expected[:3]:
        errors.append(f'{d.cert} {d.case}: expected {d.expected[:3]} but records give {got}')
if errors:
    raise SystemExit('hand-written expectations disagree with the records:\n' + '\n'.join(errors))

with open(os.path.join(HERE, 'expected-results.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['cert_no', 'outcome_code', 'reasons', 'warnings', 'why'])
    for d in sorted(physicians, key=lambda p: p.cert.encode('utf-8')):
        outcome, reasons, warnings, why = d.expected
        w.writerow([d.cert, outcome, ';'.join(reasons), ';'.join(warnings), why])

README_HEAD = '''# sample-input — cycle 2026

A small, realistic input set for cycle 2026 (period 2024-01-01 … 2026-12-31) and the rulings it must give.
Generated by `python3 sample-input/make_sample.py` (standard library only, deterministic); edit the script, not
the files. The script re-derives every hand-written expectation from the records it writes and stops on a
disagreement.

| file | format |
|---|---|
| `institutions.csv` | UTF-8, English headers; 20 institutions in 6 districts (大兴 110115, 朝阳 110105, 海淀 110108, 西城 110102, 丰台 110106, 通州 110112) + 2 associations as assessment institutions |
| `roster.csv` | GB18030, CRLF, Chinese headers (as Excel writes it); a few birth dates as `yyyy/M/d` |
| `applications.csv` | UTF-8 with BOM, English headers |
| `evaluations.xlsx` | first sheet 机构评价, English headers; data rows 3, 10, 25 hold `evaluated_at` as a real date cell; some ratings 合格/不合格, some confirmed 是 |
| `exam_attempts.csv` | UTF-8, English headers |
| `hidden.csv` | UTF-8, Chinese headers where the spec gives a label (证件号码, 机构代码, 考核年度, 原因); `hidden_at`, `unhidden_at` have none and keep the key |
| `expected-results.csv` | UTF-8, `cert_no,outcome_code,reasons,warnings,why`, one row per roster physician, sorted by cert_no |

**Business date: 2026-08-11** (the day after CLOSE; cycle_phase of V2). A hide is active when `unhidden_at` is
blank or later than that date; "after CLOSE" = a calendar day after 2026-08-10.
Outcome codes: 0 HIDDEN, 1 PASS, 2 FAIL, 3 NOT_PARTICIPATED, 4 DEFERRED. Every physician not listed below is an
ordinary PASS (approved, every site rated PASS and confirmed in May–June, online test passed in July at the main
org — some on the 2nd try; about a third practise at 1–2 other sites, some in another district).

The re-assessment of this cycle (2026R, July 2027) has its own inbox in `2026R/`, built from the FAIL and DEFERRED
physicians below: see `2026R/README.md`.

## Special cases

'''
with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
    f.write(README_HEAD)
    f.write('| cert_no | name | case | outcome | reasons | warnings |\n|---|---|---|---|---|---|\n')
    for d in physicians[:SPECIAL]:
        o, r, wn, _ = d.expected
        f.write(f'| `{d.cert}` | {d.name} | {d.case} | {o} | {";".join(r)} | {";".join(wn)} |\n')
    f.write('\n## Bad rows (rejected, not part of the ruling; at most 3 per file, below max(10, 1 %))\n\n')
    for file, what in BAD:
        f.write(f'- `{file}` {what}\n')
    f.write(f'\nRecords for a physician not in the roster (UNKNOWN_PHYSICIAN): `{UNKNOWN_PHYSICIAN_CERT}` in '
            'applications.csv, evaluations.xlsx and exam_attempts.csv.\n')
counts = {}
for d in physicians:
    counts[d.expected[0]] = counts.get(d.expected[0], 0) + 1
print(f'{len(physicians)} physicians ({SPECIAL} special cases), outcomes {dict(sorted(counts.items()))}, '
      f'{len(BAD)} bad rows')


# ================================================================== 2026R: the re-assessment (再次考核) in 2027-H1
# Spec "The re-assessment": who was FAIL (2) or DEFERRED (4) in 2026 is assessed again in the first half of 2027 on
# the 2026R timeline (V9: REGISTRATION 2027-03-01 … CLOSE 2027-07-22), business date 2027-07-23. The inbox
# sample-input/2026R/ holds that round's files; every one of the sample's 14 FAIL/DEFERRED physicians has a case.
# Everything of 2026 is written above and not touched below (the physicians' roster rows change only from here on).
R = '2026R'
R_DIR = '2026R'
R_WINDOW = (dt.date(2027, 3, 1), dt.date(2027, 7, 22))
R_BUSINESS_DATE = dt.date(2027, 7, 23)
rr = random.Random(20270723)  # scores only; every date below is written out
os.makedirs(os.path.join(HERE, R_DIR), exist_ok=True)
r_applications, r_evaluations, r_exams, r_hides = [], [], [], []
R_BAD = []


def by_case(case):
    return next(d for d in physicians if d.case == case)


def rt(month, day, hour=10, minute=0):
    return T(2027, month, day, hour, minute, 0)


def r_apply(d, status='APPROVED', submitted=None, approved=None, simplified='N', category='', evidence_ref='',
            evidence_date='', aid_months='', cycle=R):
    submitted = submitted or rt(3, 9)
    row = {'cert_no': d.cert, 'cycle_year': cycle, 'specialty': d.specialty, 'status': status,
           'submitted_at': '' if status == 'DRAFT' else submitted,
           'approved_at': (approved or rt(4, 3)) if status == 'APPROVED' else '', 'simplified': simplified,
           'simplified_category': category, 'evidence_ref': evidence_ref, 'evidence_date': evidence_date,
           'aid_months': aid_months, 'exam_org_code': ''}
    r_applications.append((d, row))
    return row


def r_rate(d, org_code, at, ethics='PASS', performance='PASS', confirmed='Y', cycle=R):
    row = {'cert_no': d.cert, 'org_code': org_code, 'cycle_year': cycle, 'ethics': ethics,
           'performance': performance, 'evaluated_at': at, 'confirmed': confirmed}
    r_evaluations.append((d, row))
    return row


def r_exam(d, at, passed='Y', attempt=1, mode='ONLINE', cycle=R):
    law = rr.randrange(62, 98) if passed == 'Y' else rr.randrange(30, 59)
    spec = rr.randrange(60, 97) if passed == 'Y' else rr.randrange(25, 70)
    row = {'cert_no': d.cert, 'cycle_year': cycle, 'attempt_no': attempt, 'mode': mode, 'specialty': d.specialty,
           'law_score': '' if mode == 'SIMPLIFIED' else f'{law}.{rr.choice((0, 5))}',
           'specialty_score': '' if mode == 'SIMPLIFIED' else f'{spec}.{rr.choice((0, 5))}',
           'passed': passed, 'taken_at': at, 'exam_org_code': d.main}
    r_exams.append((d, row))
    return row


def r_hide(d, org_code, reason, at, cycle=R):
    row = {'cert_no': d.cert, 'org_code': org_code, 'cycle_year': cycle, 'reason': reason, 'hidden_at': at,
           'unhidden_at': ''}
    r_hides.append((d, row))
    return row


population = [d for d in physicians if d.expected[0] in (2, 4)]
r_cases = []  # (doc, case, expected outcome, reasons, warnings, why) in the order written


def r_expect(d, case, outcome, reasons, warnings, why):
    r_cases.append((d, case, outcome, sorted(set(reasons)), sorted(set(warnings)), why))


# --- re-assessed, every item again (nothing carried over from 2026)
d = by_case('3 online fails')
r_apply(d, submitted=rt(3, 2, 9, 12), approved=rt(4, 1, 15, 30))
r_applications[-1][1]['cycle_year'] = '2026r'  # as a clerk typed it: the code is case-insensitive
r_rate(d, d.main, rt(4, 22, 14, 5))
r_exam(d, rt(5, 25, 9, 40))
r_expect(d, 'failed the exam in 2026; re-assessed and passing (application row written `2026r`)', 1, [], [],
         'spec "The re-assessment": all three items assessed again, all PASS → 合格')

d = by_case('ETHICS_FAIL and no exam')
r_apply(d, submitted=rt(3, 5, 10, 20))
r_rate(d, d.main, rt(5, 8, 11, 0), ethics='不合格', performance='合格', confirmed='是')
r_exam(d, rt(6, 3, 9, 15))
r_expect(d, 'fails again: ethics 不合格 at the main org', 2, ['ETHICS_FAIL'], [],
         'spec §ruling 3 with the 2026R timeline: ethics FAIL → 不合格 again')

d = by_case('PERFORMANCE_FAIL at a secondary site')
r_apply(d, submitted=rt(3, 12, 16, 45))
r_rate(d, d.main, rt(4, 20, 10, 30))
r_rate(d, d.others[0], rt(5, 6, 15, 10), performance='FAIL')
r_exam(d, rt(6, 8, 14, 0))
r_expect(d, 'fails again: performance FAIL at the secondary site', 2, ['PERFORMANCE_FAIL'], [],
         'spec §ruling 3: FAIL at any site → PERFORMANCE_FAIL → 不合格 again')

d = by_case('4th online attempt passed (ignored)')
r_apply(d, submitted=rt(3, 3, 8, 50))
r_rate(d, d.main, rt(4, 28, 9, 30))
for n, day in ((1, 24), (2, 31)):
    r_exam(d, rt(5, day, 10, 0), passed='N', attempt=n)
r_exam(d, rt(6, 7, 10, 0), passed='N', attempt=3)
r_exam(d, rt(6, 28, 10, 0), passed='Y', attempt=4)
r_expect(d, 'fails again: 3 online fails, the 4th attempt (passed) ignored', 2, ['EXAM_FAIL'], ['EXAM_ATTEMPT_LIMIT'],
         'plan §四(二): at most 3 online tries; attempt 4 not counted → EXAM_FAIL → 不合格 again')

# --- no second deferral (spec "The re-assessment"): registered_on inside the 2026R window changes nothing
NEW_CLINIC = ('ZS11011520270005', '北京大兴康贝口腔诊所', '110115', 'N')
ORG[NEW_CLINIC[0]] = NEW_CLINIC
d = by_case('no application, registered_on 2026-05-15')
d.main, d.registered_on = NEW_CLINIC[0], R_WINDOW[0]  # moved to a clinic opened in 2027 (institutions.csv)
r_expect(d, 'no application; moved to a new clinic on 2027-03-01 (REGISTRATION start; roster and institution rows '
            'in this inbox)', 3, ['NOT_REGISTERED'], [],
         'spec "The re-assessment": no second deferral → 未参加 NOT_REGISTERED whatever registered_on says')

d = by_case('DRAFT application, registered during the window')
r_apply(d, status='DRAFT')
d.others, d.registered_on = [HOSP_FT], R_WINDOW[1]  # added a second site on the CLOSE day
r_expect(d, 'DRAFT application; added a second site on 2027-07-22 (CLOSE day, roster row in this inbox)', 3,
         ['NOT_REGISTERED'], [], 'spec "The re-assessment": DRAFT is no application; no second deferral → 未参加')

d = by_case('RETURNED application, registered during the window')
r_apply(d, status='RETURNED', submitted=rt(3, 8, 13, 0))
d.main, d.registered_on = HOSP_XC, dt.date(2027, 4, 16)  # changed main institution 朝阳 → 西城
r_expect(d, 'RETURNED application; changed main institution on 2027-04-16 (roster row in this inbox)', 3,
         ['NOT_REGISTERED'], [], 'spec "The re-assessment": RETURNED, no second deferral → 未参加 NOT_REGISTERED')

d = by_case('no application, registered_on 2026-04-01')
r_apply(d, status='SUBMITTED', submitted=rt(3, 30, 17, 5))
r_expect(d, 'SUBMITTED, never approved', 3, ['NOT_APPROVED'], [],
         'spec §ruling 2: SUBMITTED → 未参加 NOT_APPROVED')

# --- hides: 2026R's own, and a 2026 one that does not carry over
d = by_case('no application, registered_on 2026-08-10')
r_apply(d, submitted=rt(3, 4, 9, 0), approved=rt(4, 2, 9, 0))
r_hide(d, d.main, '长期病假', rt(4, 10, 8, 30))
r_expect(d, 'hidden by the main org for 2026R (although approved)', 0, [], [],
         'spec §ruling 1: actively hidden by the main org → HIDDEN, no reasons; not in the feed')

d = by_case('secondary site missing and 3 online fails')
r_apply(d, submitted=rt(3, 6, 11, 0))
r_rate(d, d.main, rt(4, 19, 16, 0))
r_exam(d, rt(6, 1, 9, 30))
r_hide(d, d.others[0], '外出进修（2026年度）', T(2026, 9, 14, 9, 0, 0), cycle=CYCLE)  # a 2026 row: does not carry over
r_expect(d, 'a 2026 hide at the second site (in this inbox, cycle_year 2026) does not carry over; that site did not '
            'rate', 3, ['EVALUATION_MISSING'], ['EXAM_BEFORE_EVALUATION'],
         'spec "The re-assessment": 2026 hides do not carry over → the site must rate for 2026R, it did not → '
         'EVALUATION_MISSING → 未参加; exam taken while a site had not rated (manual §11.2)')

# --- the 2026R CLOSE day (2027-07-22) counts, the day after does not
d = by_case('ETHICS_FAIL (不合格 at the main org)')
r_apply(d, submitted=rt(3, 10, 10, 10))
r_rate(d, d.main, rt(7, 22, 16, 30))
r_exams.append((d, dict(next(r for p, r in exam_rows if p is d))))  # the platform's export repeats his 2026 pass
r_expect(d, 'rated on the CLOSE day 2027-07-22 (counts); no 2026R exam — his 2026 pass is repeated in this '
            'inbox\'s exam file (cycle_year 2026) and does not count', 3, ['EXAM_MISSING'], [],
         'spec "The re-assessment": nothing carried over from 2026, a 2026 row never counts for 2026R → EXAM_MISSING '
         '→ 未参加; a record of 07-22 still counts')

d = by_case('pass after CLOSE (2026-08-11) ignored')
r_apply(d, submitted=rt(3, 15, 15, 0))
r_rate(d, d.main, rt(7, 23, 9, 10))
r_exam(d, rt(7, 23, 14, 0))
r_expect(d, 'rated and examined on 2027-07-23, the day after the 2026R CLOSE', 3, ['EVALUATION_MISSING', 'EXAM_MISSING'],
         ['EVALUATION_AFTER_CLOSE', 'EXAM_AFTER_CLOSE'],
         'spec "The re-assessment": after CLOSE = after 2027-07-22 → neither record counts → 未参加')

# --- simplified procedure judged for the base cycle (period 2024-01-01 … 2026-12-31)
d = by_case('EVALUATION_CONFLICT: tie on evaluated_at, ethics PASS vs FAIL')
r_apply(d, submitted=rt(3, 1, 9, 5), simplified='Y', category=5, evidence_ref='京卫援字〔2026〕041号',
        evidence_date='2026-10-15', aid_months=6)
r_rate(d, d.main, rt(5, 10, 10, 0))
r_exam(d, rt(6, 10, 10, 0), mode='SIMPLIFIED')
r_expect(d, 'cat 5: aid of 6 months, evidence dated 2026-10-15 (after the 2026 round, inside the base period)', 1, [], [],
         'plan §五(五) judged for the base cycle: evidence in 2024–2026, ≥ 3 months → the SIMPLIFIED record counts → 合格')

d = by_case('cat 3: evidence dated 2023-12-31 (outside period), one online fail')
r_apply(d, submitted=rt(3, 11, 14, 20), simplified='Y', category=7, evidence_ref='京职称〔2027〕第0112号',
        evidence_date='2027-01-20')
r_rate(d, d.main, rt(4, 25, 11, 0))
r_exam(d, rt(6, 12, 10, 0), mode='SIMPLIFIED')
r_expect(d, 'cat 7: passed the 主治医师 exam, evidence dated 2027-01-20 (after the base period)', 3,
         ['EXAM_MISSING', 'SIMPLIFIED_INELIGIBLE'], ['SIMPLIFIED_INELIGIBLE'],
         'plan §五(七) judged for the base cycle: evidence not in 2024–2026 → SIMPLIFIED_INELIGIBLE; SIMPLIFIED record '
         'not counted → EXAM_MISSING → 未参加')

assert {id(d) for d in population} == {id(c[0]) for c in r_cases}, 'every FAIL/DEFERRED physician of 2026 has a case'

# --- records of 2026R that are not ruled on: outside the population, or not in the roster
passed_2026 = physicians[SPECIAL + 20]
assert passed_2026.expected[0] == 1
r_apply(passed_2026, submitted=rt(3, 7, 10, 0), approved=rt(4, 6, 10, 0))
r_rate(passed_2026, UNKNOWN_ORG, rt(4, 21, 10, 0))  # from an org not in the institution list: set aside all the same
not_registered_2026 = by_case('no application, registered_on 2021-09-07')
r_apply(not_registered_2026, status='SUBMITTED', submitted=rt(3, 18, 11, 0))
hidden_2026 = by_case('HIDDEN: 主要执业机构暂存, no records')
r_hide(hidden_2026, hidden_2026.main, '长期病假', rt(3, 2, 9, 0))
unknown_body = '11010219880412135'
R_UNKNOWN_PHYSICIAN_CERT = unknown_body + check_digit(unknown_body)
assert R_UNKNOWN_PHYSICIAN_CERT not in used_certs
r_exams.append((None, {'cert_no': R_UNKNOWN_PHYSICIAN_CERT, 'cycle_year': R, 'attempt_no': 1, 'mode': 'ONLINE',
                       'specialty': '内科专业', 'law_score': '81.0', 'specialty_score': '76.5', 'passed': 'Y',
                       'taken_at': rt(6, 2, 9, 0), 'exam_org_code': HOSP_DX}))
NOT_RULED = [  # (cert_no, code, what)
    (passed_2026.cert, 'NOT_DUE_FOR_REASSESSMENT', f'{passed_2026.name}: 合格 in 2026; an application and a rating (by an org not in the institution list: no UNKNOWN_ORG, the record is not ruled on) for 2026R'),
    (not_registered_2026.cert, 'NOT_DUE_FOR_REASSESSMENT',
     f'{not_registered_2026.name}: 未参加 (NOT_REGISTERED) in 2026 — 未参加 is not re-assessed; an application for 2026R'),
    (hidden_2026.cert, 'NOT_DUE_FOR_REASSESSMENT', f'{hidden_2026.name}: 暂存 in 2026; hidden again for 2026R'),
    (R_UNKNOWN_PHYSICIAN_CERT, 'UNKNOWN_PHYSICIAN', 'not in the roster; an exam record for 2026R'),
]

# --- the independent check, then the files
ROUND_2026R = Round(R, R_WINDOW, R_BUSINESS_DATE, r_applications, r_evaluations, r_exams, r_hides, reassessment=True)
errors = []
for d, case, outcome, reasons, warnings, why in r_cases:
    got = check_expected(d, ROUND_2026R)
    if got != (outcome, reasons, warnings):
        errors.append(f'{d.cert} {case}: expected {(outcome, reasons, warnings)} but records give {got}')
for cert, code, _ in NOT_RULED:
    rows = [r for rows in (r_applications, r_evaluations, r_exams, r_hides) for p, r in rows
            if r['cert_no'] == cert and ROUND_2026R.counts(r)]
    in_roster = any(d.cert == cert for d in physicians)
    in_population = any(d.cert == cert for d in population)
    if not rows or code != ('NOT_DUE_FOR_REASSESSMENT' if in_roster and not in_population else
                            'UNKNOWN_PHYSICIAN' if not in_roster else None):
        errors.append(f'{cert}: {code} does not follow from its 2026R records')
if errors:
    raise SystemExit('2026R: hand-written expectations disagree with the records:\n' + '\n'.join(errors))

write_csv(f'{R_DIR}/institutions.csv', ['org_code', 'org_name', 'district_code', 'exam_org'],
          [list(NEW_CLINIC)])

changed = [d for d in population if d.registered_on and d.registered_on >= R_WINDOW[0]]
write_csv(f'{R_DIR}/roster.csv', ROSTER_HEADER,
          [[d.cert_type, d.cert, d.name, '男' if d.male else '女', d.birth_text, d.category, ';'.join(d.scopes), d.main,
            ';'.join(d.others), d.title, d.title_date, d.registered_on] for d in changed],
          encoding='gb18030', crlf=True)

R_APP_HEADER = ['证件号码', '考核年度', '报考专业', '状态', '提交时间', '审核通过时间', '简易程序', '简易程序类别', '证明材料编号',
                '证明材料日期', '支援月数', '业务水平考核机构']
write_csv(f'{R_DIR}/applications.csv', R_APP_HEADER, [[r[k] for k in APP_HEADER] for _, r in r_applications],
          encoding='gb18030', crlf=True)

R_EVAL_HEADER = ['证件号码', '机构代码', '考核年度', '职业道德', '工作成绩', '评价时间', '已确认']
xlsx(f'{R_DIR}/evaluations.xlsx', R_EVAL_HEADER, [[r[k] for k in EVAL_HEADER] for _, r in r_evaluations],
     date_cell_rows={i + 1 for i, (_, r) in enumerate(r_evaluations) if r['evaluated_at'].date() >= R_WINDOW[1]},
     stamp=(2027, 7, 23, 0, 0, 0))

write_csv(f'{R_DIR}/exam_attempts.csv', EXAM_HEADER, [[r[k] for k in EXAM_HEADER] for _, r in r_exams])
write_csv(f'{R_DIR}/hidden.csv', HIDDEN_HEADER,
          [[r['cert_no'], r['org_code'], r['cycle_year'], r['reason'], r['hidden_at'], r['unhidden_at']]
           for _, r in r_hides], bom=True)

with open(os.path.join(HERE, R_DIR, 'expected-results.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['cert_no', 'outcome_code', 'reasons', 'warnings', 'why'])
    for d, case, outcome, reasons, warnings, why in sorted(r_cases, key=lambda c: c[0].cert.encode('utf-8')):
        w.writerow([d.cert, outcome, ';'.join(reasons), ';'.join(warnings), why])

with open(os.path.join(HERE, R_DIR, 'expected-not-ruled.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['cert_no', 'code', 'why'])
    for cert, code, what in sorted(NOT_RULED, key=lambda n: (n[0].encode('utf-8'), n[1])):
        w.writerow([cert, code, what])

R_README_HEAD = '''# sample-input/2026R — the re-assessment (再次考核) of cycle 2026

The inbox of the 2027-H1 re-assessment, cycle code `2026R` (SPEC "The re-assessment"), built from the 2026 sample's
own FAIL (2) and DEFERRED (4) physicians: the population of 2026R is those 14, once cycle 2026 has been ruled on
`sample-input/` (business date 2026-08-11). Generated by `python3 sample-input/make_sample.py` together with the
2026 files (edit the script, not these files); the script re-derives every expectation below from the records it
writes, with the 2026R rules (no second deferral, simplified procedure judged for the base cycle), and stops on a
disagreement.

**Business date: 2027-07-23** (the day after the 2026R CLOSE). Timeline (V9, table `cycle_phase`): REGISTRATION
2027-03-01 – 03-31 … CLOSE 2027-07-22; assessment window 2027-03-01 … 2027-07-22; "after CLOSE" = from 2027-07-23.
Period for the simplified procedure: 2024-01-01 … 2026-12-31, age and title as of 2026-12-31.

Run it (2026 first — 2026R is refused while 2026 has no results):

    ./dingkao nightly --cycle 2026 --date 2026-08-11 --input sample-input
    ./dingkao nightly --cycle 2026R --date 2027-07-23 --input sample-input/2026R

| file | format |
|---|---|
| `institutions.csv` | UTF-8, English headers; one clinic opened in 2027 (a population physician moved there) |
| `roster.csv` | GB18030, CRLF, Chinese headers; only the 3 physicians whose registration changed since 2026 (imports update, never delete) |
| `applications.csv` | GB18030, CRLF, Chinese headers (证件号码, 考核年度, 报考专业, 状态, 提交时间, 审核通过时间, …); one `cycle_year` written `2026r` |
| `evaluations.xlsx` | first sheet 机构评价, Chinese headers; the ratings of 07-22 and 07-23 are real date cells; some 合格/不合格/是 |
| `exam_attempts.csv` | UTF-8, English headers (the exam platform's export; it repeats one 2026 attempt, `cycle_year` 2026) |
| `hidden.csv` | UTF-8 with BOM, Chinese headers as in 2026; one row is a 2026 hide (`cycle_year` 2026) |
| `expected-results.csv` | UTF-8, `cert_no,outcome_code,reasons,warnings,why`, one row per physician of the population, sorted by cert_no |
| `expected-not-ruled.csv` | UTF-8, `cert_no,code,why`: the 2026R records that are set aside (warning, no result row) |

The two 2026 rows (an exam and a hide) are what this inbox's sources plausibly carry over from last year; they are
stored as cycle 2026 rows and never count for 2026R. Note that the hide is real 2026 data: ruling 2026 again after
importing this inbox would take it into account (the 2026 results stand as ruled until then).

## The population: one case per line of expected-results.csv

'''
with open(os.path.join(HERE, R_DIR, 'README.md'), 'w', encoding='utf-8') as f:
    f.write(R_README_HEAD)
    f.write('| cert_no | name | 2026 | case in 2026R | outcome | reasons | warnings |\n|---|---|---|---|---|---|---|\n')
    for d, case, outcome, reasons, warnings, why in r_cases:
        f.write(f'| `{d.cert}` | {d.name} | {d.expected[0]} {";".join(d.expected[1])} | {case} | {outcome} | '
                f'{";".join(reasons)} | {";".join(warnings)} |\n')
    f.write('\n## Records not ruled on (no result row; a warning in the exceptions of 2026R)\n\n'
            '| cert_no | warning | why |\n|---|---|---|\n')
    for cert, code, what in NOT_RULED:
        f.write(f'| `{cert}` | {code} | {what} |\n')
r_counts = {}
for c in r_cases:
    r_counts[c[2]] = r_counts.get(c[2], 0) + 1
print(f'2026R: {len(r_cases)} physicians of the population, outcomes {dict(sorted(r_counts.items()))}, '
      f'{len(NOT_RULED)} records not ruled on')
