"""The network's centers: five SOS centers (S0, S3) and two partner ЦОП (S1, S2).

No source gives a street address, phone, e-mail or opening hours, so those fields are left out.
The map point is the centre of the town (public geographic data), marked as approximate.
Every ЦОП provides the services of S4 (the Social Services Act), so each center lists them.
"""

from decimal import Decimal

# The services of a ЦОП under the Social Services Act (S4).
TSOP_SERVICES = [
    "informirane-konsultirane-obuchenie",
    "mobilna-obshtnostna-rabota",
    "informirane-konsultirane",
    "psihologicheska-terapia",
    "obuchenie-za-umenia",
    "zastapnichestvo-posrednichestvo",
]

# The groups a ЦОП works with (S4).
TSOP_TARGET_GROUPS = [
    "semeystva-v-kriza",
    "detsa-nasilie",
    "detsa-otpadane-uchilishte",
    "detsa-povedenie",
    "detsa-v-institutsii",
    "priemni-semeystva",
    "osinoviteli",
    "vsyako-semeystvo",
]

# S3's reach of each consultative centre; S3 gives no date, so the figure says where it is from.
PROGRAMME_MONTHLY_REACH = {
    "value": "60 + 50",
    "label": "деца и възрастни, които се грижат за тях, всеки месец",
    "as_of": "по описанието на програмата",
}

SERVICE_NAME = "Център за обществена подкрепа"
FORMER_SOS_NAME = "Консултативен център"

CENTER_INDEX = {
    "title": "Центрове",
    "slug": "tsentrove",
    "show_in_menus": True,
    "intro": (
        "В центъра за обществена подкрепа (ЦОП) деца и родители получават безплатна подкрепа от "
        "социални работници, психолози, логопеди и други специалисти. Изберете центъра най-близо "
        "до вас."
    ),
    "search_description": (
        "Центровете за обществена подкрепа в София, Перник, Габрово, Велико Търново, Трявна, "
        "Казанлък и Разлог: услуги, екип и как да стигнете до тях."
    ),
}

# ЦОП outside the network that the sources name (S1: "four ЦОП in Stara Zagora region, in the
# municipalities of Stara Zagora, Kazanlak, Radnevo and Chirpan"; Kazanlak is ours). The finder
# tells visitors there so, instead of "no centre works here". (municipality, source)
OTHER_CENTRES = [
    ("Стара Загора", "S1: новината за откриването на ЦОП Казанлък"),
    ("Раднево", "S1: новината за откриването на ЦОП Казанлък"),
    ("Чирпан", "S1: новината за откриването на ЦОП Казанлък"),
]

CENTERS = [
    {
        "key": "sofia-shans",
        "title": "SOS ЦОП „Шанс“ – София",
        "slug": "sofia-shans",
        "service_name": SERVICE_NAME,
        "former_service_name": FORMER_SOS_NAME,
        "summary": (
            "От 2007 г. помага на деца и родители в София. Психолог, логопед и социални работници "
            "консултират децата и водят групи за родители и за деца. Екипът работи и в изнесен "
            "кабинет в Нови Искър."
        ),
        "operator": "sos-bulgaria",
        "town": "София",
        "municipality": "Столична община",
        "region": "sofia-city",
        "latitude": Decimal("42.69751"),
        "longitude": Decimal("23.32415"),
        "location_is_approximate": True,
        "opened_year": 2007,
        "opened_month": 1,
        "reach_figures": [PROGRAMME_MONTHLY_REACH],
        "team_roles": ["psiholog", "logoped", "sotsialen-rabotnik"],
        "services": TSOP_SERVICES + ["logopedichna-podkrepa", "yuridicheska-konsultatsia", "zdravna-pomosht"],
        "target_groups": TSOP_TARGET_GROUPS,
        "programs": ["sotsialna-rabotilnitsa", "grupova-rabota"],
        # Sofia (S3: "в София"); the outreach office in Нови Искър, at the district mayor's invitation (S3).
        "reach": [("town", "София", "Столична"), ("office", "Нови Искър", "Столична")],
        "accepts_direct_requests": True,
        "accepts_referrals": True,
        "body": [
            ("heading", "С какво помага центърът"),
            (
                "paragraph",
                "<ul>"
                "<li>психосоциални консултации за деца;</li>"
                "<li>консултации с психолог и с логопед;</li>"
                "<li>групи за родители, в които те развиват родителските си умения и споделят опит;</li>"
                "<li>групи за деца;</li>"
                "<li>подкрепа и съдействие за здравна помощ и юридически консултации;</li>"
                "<li>подкрепа за родителите, които търсят работа.</li>"
                "</ul>",
            ),
            ("heading", "Социална работилница за превенция на агресията в училище"),
            (
                "paragraph",
                "<p>Центърът развива програмата „Социална работилница за превенция на агресията в "
                "училище“. С нея децата развиват социалните си умения за общуване, предотвратява се "
                "насилието между тях, а специалистите, които работят с децата, надграждат своите "
                "умения.</p>",
            ),
            ("heading", "Кабинет в Нови Искър"),
            (
                "paragraph",
                "<p>Екипът работи с деца и семейства и в изнесен консултативен кабинет в Нови "
                "Искър. Кабинетът е открит по покана и с подкрепата на кмета на района.</p>",
            ),
            ("heading", "Награда"),
            (
                "paragraph",
                "<p>През 2011 г. центърът получи наградата на Софийския университет „Най-добър "
                "базов специалист“ на годината за подкрепата в обучението на студенти по "
                "социална работа.</p>",
            ),
        ],
    },
    {
        "key": "pernik",
        "title": "SOS ЦОП Перник",
        "slug": "pernik",
        "service_name": SERVICE_NAME,
        "former_service_name": FORMER_SOS_NAME,
        "summary": (
            "Подкрепя деца и семейства в община Перник от 2016 г. и продължава работата на ЦОП "
            "Радомир, открит през 2008 г. Работи в детските градини и училищата и с мобилен екип. "
            "Центърът няма публично финансиране и разчита на дарения."
        ),
        "operator": "sos-bulgaria",
        "town": "Перник",
        "municipality": "Община Перник",
        "region": "pernik",
        "latitude": Decimal("42.60528"),
        "longitude": Decimal("23.03778"),
        "location_is_approximate": True,
        "opened_year": 2016,
        "opened_month": 4,
        "predecessor": "ЦОП Радомир",
        "predecessor_year": 2008,
        "reach_figures": [
            {"value": "1000+", "label": "души в общностна работа", "as_of": "2025"},
            {
                "value": "70+",
                "label": "деца и родители месечно в индивидуална и семейна работа",
                "as_of": "2025",
            },
        ],
        "team_roles": ["logoped", "semeen-mediator", "semeen-konsultant", "psiholog", "sotsialen-rabotnik"],
        "services": TSOP_SERVICES + ["logopedichna-podkrepa"],
        "target_groups": TSOP_TARGET_GROUPS,
        "programs": [
            "ritam-karti-daga",
            "elementat-igra",
            "zashtitno-povedenie",
            "emotsionalna-regulatsia",
            "lyatno-uchilishte-parvoklasnitsi",
            "obshtnostna-rabota",
            "grupova-rabota",
        ],
        "reach": [("municipality", "Перник")],  # the whole municipality (S0)
        "accepts_direct_requests": True,
        "accepts_referrals": True,
        "funding": "donations",
        "funding_note": "Дарения от граждани и фирми; центърът не получава публично финансиране.",
        "licence": (
            "Лицензиран от Агенцията за качеството на социалните услуги (АКСУ); отговаря на "
            "Методиката за предоставяне на социалната услуга „ЦОП“."
        ),
        "body": [
            ("heading", "Как работи центърът"),
            (
                "paragraph",
                "<p>Центърът работи активно в общността с деца от детските градини и училищата. "
                "Прилага иновативни и базирани на доказателства програми: „Ритъм карти Дъга“, "
                "„Елементът игра“, „Защитно поведение“ и „Умения за емоционална регулация при "
                "подрастващите“.</p>"
                "<p>В екипа има логопед, семеен медиатор, семеен консултант, психолози и социални "
                "работници. Заедно те подкрепят децата и семействата, когато е по-трудно: при "
                "трудности с емоциите и поведението, след преживяна травма и когато детето има "
                "нужда да изгради сигурна привързаност. Подходът е възстановителен и е насочен "
                "към семейството, към развитието на детето и към трайна промяна около него.</p>",
            ),
            ("heading", "Близо до хората"),
            (
                "paragraph",
                "<p>Мобилният екип стига до малките населени места, за да подкрепи семейства, "
                "които трудно стигат до социални и здравни услуги.</p>"
                "<p>Редовно се организира лятно училище за бъдещи първокласници: за деца, които "
                "не са били обхванати от образователната система преди училищна възраст. Децата "
                "се включват в общи празници с училищата и детските градини в града, а "
                "центърът ги насърчава да участват в самодейни състави.</p>",
            ),
            ("heading", "История"),
            (
                "paragraph",
                "<p>SOS ЦОП Перник работи от април 2016 г. на територията на Община Перник. Той е "
                "пряк наследник на ЦОП Радомир, открит през 2008 г. Зад него стоят над 17 години "
                "практика в подкрепа на деца и семейства. Дейността е лицензирана от АКСУ и "
                "отговаря изцяло на Методиката за предоставяне на социалната услуга „ЦОП“.</p>",
            ),
            (
                "notice",
                {
                    "title": "Центърът работи с дарения",
                    "text": (
                        "<p>Към момента SOS ЦОП Перник не получава публично финансиране. Работи "
                        "благодарение на дарения от граждани и фирми. Декларация за подкрепа "
                        "настоява центърът да бъде включен в Областната и Националната карта на "
                        "социалните услуги и да се финансира като държавно делегирана дейност.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "gabrovo",
        "title": "SOS ЦОП Габрово",
        "slug": "gabrovo",
        "service_name": SERVICE_NAME,
        "former_service_name": FORMER_SOS_NAME,
        "summary": (
            "От 2007 г. подкрепя деца и семейства в общините Габрово и Трявна. Социални "
            "работници, психолог и логопед помагат в конфликти и кризи и в развитието на "
            "социални умения. През ваканцията децата могат да учат в летни училища."
        ),
        "operator": "sos-bulgaria",
        "town": "Габрово",
        "municipality": "Община Габрово",
        "region": "gabrovo",
        "latitude": Decimal("42.87472"),
        "longitude": Decimal("25.31889"),
        "location_is_approximate": True,
        "opened_year": 2007,
        "opened_month": 1,
        "reach_figures": [PROGRAMME_MONTHLY_REACH],
        "team_roles": ["sotsialen-rabotnik", "psiholog", "logoped"],
        "services": TSOP_SERVICES + ["logopedichna-podkrepa", "pedagogicheska-podkrepa"],
        "target_groups": TSOP_TARGET_GROUPS,
        "programs": ["letni-uchilishta", "grupova-rabota"],
        "reach": [("municipality", "Габрово"), ("municipality", "Трявна")],  # S3
        "accepts_direct_requests": True,
        "accepts_referrals": True,
        "body": [
            ("heading", "С какво помага центърът"),
            (
                "paragraph",
                "<p>От януари 2007 г. центърът подкрепя деца и техните семейства в общините "
                "Габрово и Трявна. Социални работници, психолог и логопед помагат на семействата "
                "да преодолеят конфликти и кризи, а на децата – да развият социалните си "
                "умения.</p>",
            ),
            ("heading", "Летни училища"),
            (
                "paragraph",
                "<p>Децата, които ползват услугите на центъра, могат да се включат в летни "
                "училища. Там получават педагогическа подкрепа по време на ваканцията.</p>",
            ),
        ],
    },
    {
        "key": "veliko-tarnovo",
        "title": "SOS ЦОП Велико Търново",
        "slug": "veliko-tarnovo",
        "service_name": SERVICE_NAME,
        "former_service_name": FORMER_SOS_NAME,
        "summary": (
            "От 2008 г. подкрепя деца и семейства в община Велико Търново. Предлага "
            "психосоциална, образователна и логопедична подкрепа и групи за деца и родители. "
            "Екипът стига и до Ресен, Шереметя, Водолей и Дебелец."
        ),
        "operator": "sos-bulgaria",
        "town": "Велико Търново",
        "municipality": "Община Велико Търново",
        "region": "veliko-tarnovo",
        "latitude": Decimal("43.08124"),
        "longitude": Decimal("25.62904"),
        "location_is_approximate": True,
        "opened_year": 2008,
        "opened_month": 1,
        "reach_figures": [PROGRAMME_MONTHLY_REACH],
        "services": TSOP_SERVICES + ["logopedichna-podkrepa", "pedagogicheska-podkrepa"],
        "target_groups": TSOP_TARGET_GROUPS,
        "programs": ["grupova-rabota"],
        # The municipality, and mobile work in four of its villages and towns (S3).
        "reach": [
            ("municipality", "Велико Търново"),
            ("mobile", "Ресен", "Велико Търново"),
            ("mobile", "Шереметя", "Велико Търново"),
            ("mobile", "Водолей", "Велико Търново"),
            ("mobile", "Дебелец", "Велико Търново"),
        ],
        "accepts_direct_requests": True,
        "accepts_referrals": True,
        "funding": "state-delegated",
        "funding_note": "Държавно делегирана дейност в партньорство с Община Велико Търново.",
        "body": [
            ("heading", "С какво помага центърът"),
            (
                "paragraph",
                "<p>Центърът предлага психосоциална подкрепа, образователна и логопедична "
                "подкрепа за деца и групова работа за деца и родители. Екипът е специализиран в "
                "групови тренинги за деца и родители.</p>",
            ),
            ("heading", "Там, където живеят семействата"),
            (
                "paragraph",
                "<p>Екипът работи мобилно в района на Велико Търново и в местните общности в "
                "селата Ресен, Шереметя и Водолей и в град Дебелец.</p>"
                "<p>Към центъра има устойчива мрежа от доброволци. Чрез нея се събират силите и "
                "възможностите на общността, в която живеят децата и семействата.</p>",
            ),
            ("heading", "Финансиране"),
            (
                "paragraph",
                "<p>Услугата се предоставя като държавно делегирана дейност в партньорство с "
                "Община Велико Търново.</p>",
            ),
        ],
    },
    {
        "key": "tryavna",
        "title": "SOS ЦОП Трявна",
        "slug": "tryavna",
        "service_name": SERVICE_NAME,
        "former_service_name": FORMER_SOS_NAME,
        "summary": (
            "Отвори врати през 2018 г. в SOS Детско селище Трявна. Помага на семействата да "
            "останат заедно, на децата – да не отпадат от училище, а на децата от институции – "
            "да се подготвят за самостоятелен живот. Работи и с деца с трудности в говора."
        ),
        "operator": "sos-bulgaria",
        "town": "Трявна",
        "municipality": "Община Трявна",
        "region": "gabrovo",
        "location_note": "На територията на SOS Детско селище Трявна",
        "latitude": Decimal("42.86667"),
        "longitude": Decimal("25.50000"),
        "location_is_approximate": True,
        "opened_year": 2018,
        "opened_month": 9,
        "team_roles": ["sotsialen-rabotnik", "psiholog", "pedagog", "logoped"],
        "services": TSOP_SERVICES + ["logopedichna-podkrepa", "pedagogicheska-podkrepa"],
        "target_groups": TSOP_TARGET_GROUPS + ["detsa-govor"],
        "reach": [("municipality", "Трявна")],  # S3
        "accepts_direct_requests": True,
        "accepts_referrals": True,
        "body": [
            ("heading", "С какво помага центърът"),
            (
                "paragraph",
                "<p>Центърът е комплекс от социални услуги за:</p>"
                "<ul>"
                "<li>превенция на изоставянето на деца;</li>"
                "<li>превенция на насилието и на отпадането от училище;</li>"
                "<li>връщане на деца в биологичното им семейство;</li>"
                "<li>обучение в умения за самостоятелен живот и социална интеграция на деца от "
                "институции;</li>"
                "<li>консултиране и подкрепа на семейства в риск;</li>"
                "<li>консултиране и подкрепа на деца с проблемно поведение и противообществени "
                "прояви;</li>"
                "<li>работа с деца с говорни затруднения.</li>"
                "</ul>",
            ),
            ("heading", "Екипът"),
            (
                "paragraph",
                "<p>В екипа има социален работник, психолог, педагог и логопед. Центърът работи "
                "на територията на Община Трявна, може да работи мобилно и си сътрудничи "
                "активно с училища, детски градини, други социални услуги и институции в "
                "общината.</p>",
            ),
        ],
    },
    {
        "key": "kazanlak",
        "title": "ЦОП Казанлък",
        "slug": "kazanlak",
        "service_name": SERVICE_NAME,
        "summary": (
            "Център за обществена подкрепа за деца и семейства в Казанлък. Психолози, социални "
            "работници, логопед, трудотерапевт, юрист и други специалисти консултират безплатно. "
            "Можете да дойдете сами или с насочване."
        ),
        "operator": "badeshte-za-detsata",
        "town": "Казанлък",
        # S1 speaks of the town's citizens and the town's institutions; it says no more of reach.
        "reach": [("town", "Казанлък", "Казанлък")],
        "municipality": "Община Казанлък",
        "region": "stara-zagora",
        "latitude": Decimal("42.61944"),
        "longitude": Decimal("25.39306"),
        "location_is_approximate": True,
        "capacity": 60,
        "staff_count": 12,
        "reach_figures": [
            {"value": "55", "label": "деца и семейства с подкрепа за първите четири месеца"},
            {"value": "255", "label": "консултации за първите четири месеца"},
        ],
        "team_roles": [
            "psiholog",
            "sotsialen-rabotnik",
            "sotsialen-satrudnik",
            "sotsialen-pedagog",
            "logoped",
            "trudoterapevt",
            "yurist",
        ],
        "services": TSOP_SERVICES + ["logopedichna-podkrepa", "yuridicheska-konsultatsia"],
        "target_groups": TSOP_TARGET_GROUPS + ["spetsialni-potrebnosti"],
        "accepts_direct_requests": True,
        "accepts_referrals": True,
        "access_note": (
            "Можете да стигнете до центъра по три начина: с направление или заповед от Дирекция "
            "„Социално подпомагане“, Отдел „Закрила на детето“; със заявление и насочване от друга "
            "институция или организация – Детска педагогическа стая, училище, детска градина, "
            "болница и други; или с лична заявка от родител или настойник. Всички услуги са "
            "безплатни."
        ),
        "funding": "state-delegated",
        "funding_note": "Дейност, финансирана от държавата.",
        "body": [
            ("heading", "Кой управлява центъра"),
            (
                "paragraph",
                "<p>Услугата е разкрита в община Казанлък като част от социалната реформа, "
                "започнала в България преди години. Тя се развива като дейност, финансирана от "
                "държавата. След процедура за "
                "избор на доставчик управлението е поверено на СНЦ „Бъдеще за децата с "
                "увреждания“ в партньорство със Сдружение „Самаряни“. Капацитетът е 60 места, а "
                "персоналът – 12 души.</p>",
            ),
            ("heading", "Екипът"),
            (
                "paragraph",
                "<p>Екипът е от млади и амбициозни специалисти: психолози, социални работници, "
                "социален сътрудник, социален педагог, логопед, трудотерапевт и юрист. Всички "
                "услуги са безплатни.</p>",
            ),
            ("heading", "В какви направления работи"),
            (
                "paragraph",
                "<p>Центърът работи в пет основни направления, които обхващат:</p>"
                "<ul>"
                "<li>предотвратяване на изоставянето на деца и настаняването им в институции;</li>"
                "<li>превенция на насилието и на отпадането от училище;</li>"
                "<li>деинституционализация и връщане на децата в семейството;</li>"
                "<li>консултиране и подкрепа на семейства в риск, включително приемни семейства и "
                "осиновители;</li>"
                "<li>консултиране и подкрепа на деца с поведенчески проблеми;</li>"
                "<li>подкрепа на деца и младежи със специални потребности.</li>"
                "</ul>"
                "<p>Центърът е част от механизъм за координация между всички институции и "
                "организации в града.</p>",
            ),
            ("heading", "Първите резултати"),
            (
                "paragraph",
                "<p>За първите четири месеца 55 деца и семейства са получили подкрепа, а екипът е "
                "провел 255 консултации.</p>"
                "<p>В област Стара Загора работят четири центъра за обществена подкрепа: в "
                "общините Стара Загора, Казанлък, Раднево и Чирпан.</p>",
            ),
        ],
    },
    {
        "key": "razlog",
        "title": "ЦОП Разлог",
        "slug": "razlog",
        "service_name": SERVICE_NAME,
        "summary": (
            "Общински център за обществена подкрепа за деца и семейства в община Разлог. Работи "
            "от март 2020 г. като делегирана от държавата дейност с капацитет 20 места. Можете да "
            "потърсите помощ и сами."
        ),
        "operator": "obshtina-razlog",
        "town": "Разлог",
        # S2 speaks of the centre in Разлог; the "territorial scope" it mentions is not spelt out.
        "reach": [("town", "Разлог", "Разлог")],
        "municipality": "Община Разлог",
        "region": "blagoevgrad",
        "latitude": Decimal("41.88630"),
        "longitude": Decimal("23.46714"),
        "location_is_approximate": True,
        "opened_year": 2020,
        "opened_month": 3,
        "capacity": 20,
        "reach_figures": [
            {"value": "48", "label": "потребители от откриването през март 2020 г.", "as_of": "2021"},
        ],
        "services": TSOP_SERVICES,
        "target_groups": TSOP_TARGET_GROUPS,
        "accepts_direct_requests": True,
        "accepts_referrals": True,
        "access_note": (
            "Центърът работи както с Отдел „Закрила на детето“ към Дирекция „Социално "
            "подпомагане“, така и с родители, които сами търсят помощ за трудности в семейството "
            "и извън него."
        ),
        "funding": "state-delegated",
        "body": [
            ("heading", "Подкрепа за всяко дете"),
            (
                "paragraph",
                "<p>Центърът предлага широк спектър от услуги за деца и семейства в риск. Целта е "
                "децата да растат в семейство, а не в институция, и да се преодолеят други рискове "
                "за тяхното развитие. Децата и семействата от общината могат да ползват "
                "услугите, от които имат нужда.</p>"
                "<p>Центърът работи и с родители, които сами са потърсили помощ. Така те получават "
                "подкрепа да преодолеят кризите и рисковете за детето и семейството. Всяко дете "
                "трябва да получи нужната подкрепа, каквито и да са обстоятелствата.</p>",
            ),
            ("heading", "Откриване"),
            (
                "paragraph",
                "<p>Община Разлог ремонтира помещения за центъра с проект „Ремонт на помещения, "
                "предвидени за разкриване на Център за обществена подкрепа в Разлог“. Центърът "
                "заработи през март 2020 г., когато в страната беше обявено извънредно положение "
                "заради COVID-19. Въпреки това първите потребители дойдоха още през април. През "
                "2021 г. през центъра вече бяха минали 48 потребители.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Ние в ЦОП приемаме нашата работа не като професия, а като мисия. Мисия, която "
                        "е по-ефективна, когато „насърчава“, а не когато „съдейства“ за социална "
                        "промяна. Стремежът ни е да насърчаваме тази социална промяна, решението на "
                        "проблемите, свързани с човешките взаимоотношения, и свободата на хората да "
                        "подобрят своето положение и да повишат благополучието си."
                    ),
                    "attribution": "Даниела Панева, директор на ЦОП Разлог",
                },
            ),
        ],
    },
]
