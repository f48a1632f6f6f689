// Over 600 lines because it is one table of data, no code: a place and its spellings are reviewed in one list.
// Gazetteer of Kazakhstan's places: pure data, bundled into the renderer as well, so no Node imports here.
//
// Every entry names the current (since 8 June 2022) first-level unit that contains the place. Districts are as of
// the end of 2024, including the units formed or renamed in 2018–2024: Shymkent's exit from ЮКО and Turkistan
// region's new districts (Жетісай, Келес 2018; Сауран 2021); Кеген split off Райымбек (2018); Ақсуат and Самар
// (formed before the 2022 split), Мақаншы, Жаңасемей (Abai region), Марқакөл, Үлкен Нарын (East Kazakhstan, after it);
// Қонаев (Қапшағай, 2022); Алатау made a city of regional significance (village Жетіген, January 2024); Astana's
// Нұра (2022) and Сарайшық (August 2024) districts; Karaganda's Октябрьский district renamed Әлихан Бөкейхан (2021).
//
// Russian names follow the KATO classifier: adjectival «Аягозский район» for the old districts, «район X» for the
// units named since 2018, which KATO writes with Kazakh letters («район Ақсуат», «район Байқоңыр», «Қонаев»).
// The spellings people type instead (adjectival forms, plain Russian letters) are in `aliases`.
//
// Left out on purpose (not sure enough, or more harm than help to a region lookup):
// * Astana, Almaty and Shymkent themselves: they are first-level units, resolved by normaliseRegion; only their
//   city districts are here.
// * District centres whose current name or status I could not confirm: Темірбек Жүргенов (Айтеке би district),
//   Ганюшкино (Құрманғазы district, renaming discussed), Чапаев (Ақжайық), Переметное (Бәйтерек), Убаганское
//   (Алтынсарин), Боровское (Меңдіқара), Әйет (Бейімбет Майлин), Павлодарское, Көктөбе (Май), Бесқөл/Бишкуль
//   (Қызылжар), Қарабұлақ (Ескелді), Қасым Қайсенов (Ұлан), and the centres of Тарбағатай, Самар, Марқакөл.
// * District centres whose name is also a district of another region or a very common village name, which would
//   only add noise: Төле би (Шу district centre), Тұрар Рысқұлов (Түлкібас district centre), Абай (Келес district
//   centre), Айтеке би (Қазалы district centre), Маңғыстау (Мұнайлы district centre), Федоровка (Теректі and
//   Федоров district centres), Қарасу (Қарасу district centre), Ақтоғай station (Аягөз district).
// * Державинск's renaming to Кенесары (voted by residents, not confirmed as official): only Державинск is listed.
// * Жамбыл (Taraz's name 1993–1997) as an alias of Taraz: it would clash with the three Жамбыл districts.
// * Settlements administered by cities (Топар, Шахан, Бестобе, Ақсу under Степногорск, Шұлбі …).
// * Latin transliterations (not needed).
import type { RegionCode } from '../shared/domain';

export type PlaceKind =
  | 'city' // a city of regional significance (облыстық маңызы бар қала), e.g. Семей, Талдықорған, Жезқазған, Қонаев, Сәтбаев
  | 'town' // a town or settlement of district significance, district centres and well-known villages (e.g. Аягөз, Үшарал, Есік, Шемонаиха, Балқаш is a city so 'city')
  | 'district' // a district (аудан) of a region, e.g. Аягөз ауданы / Аягозский район
  | 'cityDistrict'; // a district of a city (Astana, Almaty, Shymkent, and districts of Karaganda, Aktobe etc.), e.g. Алмалы ауданы / Алмалинский район (KZ-75); Алматы ауданы (Astana)

export interface Place {
  kind: PlaceKind;
  /** The current (post-June-2022) first-level unit that contains it. */
  region: RegionCode;
  /** Official Russian name as the current KATO classifier writes it: 'Семей', 'Аягозский район', 'Алмалинский район'. */
  ru: string;
  /** Official Kazakh name: 'Семей', 'Аягөз ауданы', 'Алмалы ауданы'. */
  kk: string;
  /** Former names and other spellings people type (Семипалатинск, Капчагай/Қапшағай for Қонаев, Жанаозен/Жаңаөзен, Latin transliterations are NOT needed). */
  aliases?: string[];
}

export const PLACES: readonly Place[] = [
  // ---------------------------------------------------------------------------------------------
  // KZ-10 Абай облысы (from East Kazakhstan, 2022)
  { kind: 'city', region: 'KZ-10', ru: 'Семей', kk: 'Семей', aliases: ['Семипалатинск'] },
  { kind: 'city', region: 'KZ-10', ru: 'Курчатов', kk: 'Курчатов' },
  { kind: 'district', region: 'KZ-10', ru: 'Абайский район', kk: 'Абай ауданы' },
  {
    kind: 'district',
    region: 'KZ-10',
    ru: 'Аягозский район',
    kk: 'Аягөз ауданы',
    aliases: ['Аягузский район'],
  },
  { kind: 'district', region: 'KZ-10', ru: 'Бескарагайский район', kk: 'Бесқарағай ауданы' },
  { kind: 'district', region: 'KZ-10', ru: 'Бородулихинский район', kk: 'Бородулиха ауданы' },
  { kind: 'district', region: 'KZ-10', ru: 'Жарминский район', kk: 'Жарма ауданы' },
  { kind: 'district', region: 'KZ-10', ru: 'Кокпектинский район', kk: 'Көкпекті ауданы' },
  {
    kind: 'district',
    region: 'KZ-10',
    ru: 'Урджарский район',
    kk: 'Үржар ауданы',
    aliases: ['Уржарский район'],
  },
  {
    kind: 'district',
    region: 'KZ-10',
    ru: 'район Ақсуат',
    kk: 'Ақсуат ауданы',
    aliases: ['Аксуатский район'],
  },
  {
    kind: 'district',
    region: 'KZ-10',
    ru: 'район Мақаншы',
    kk: 'Мақаншы ауданы',
    aliases: ['Маканчинский район'],
  },
  {
    kind: 'district',
    region: 'KZ-10',
    ru: 'район Жаңасемей',
    kk: 'Жаңасемей ауданы',
    aliases: ['Жанасемейский район'],
  },
  { kind: 'town', region: 'KZ-10', ru: 'Аягоз', kk: 'Аягөз', aliases: ['Аягуз'] },
  { kind: 'town', region: 'KZ-10', ru: 'Шар', kk: 'Шар', aliases: ['Чарск'] },
  { kind: 'town', region: 'KZ-10', ru: 'Караул', kk: 'Қарауыл', aliases: ['Карааул'] },
  { kind: 'town', region: 'KZ-10', ru: 'Бескарагай', kk: 'Бесқарағай' },
  { kind: 'town', region: 'KZ-10', ru: 'Бородулиха', kk: 'Бородулиха' },
  { kind: 'town', region: 'KZ-10', ru: 'Калбатау', kk: 'Қалбатау' },
  { kind: 'town', region: 'KZ-10', ru: 'Кокпекты', kk: 'Көкпекті' },
  { kind: 'town', region: 'KZ-10', ru: 'Урджар', kk: 'Үржар' },
  { kind: 'town', region: 'KZ-10', ru: 'Аксуат', kk: 'Ақсуат' },
  { kind: 'town', region: 'KZ-10', ru: 'Маканчи', kk: 'Мақаншы' },

  // ---------------------------------------------------------------------------------------------
  // KZ-11 Ақмола облысы
  { kind: 'city', region: 'KZ-11', ru: 'Кокшетау', kk: 'Көкшетау', aliases: ['Кокчетав'] },
  { kind: 'city', region: 'KZ-11', ru: 'Степногорск', kk: 'Степногор' },
  // Village of Целиноград district, a city of regional significance since July 2021.
  { kind: 'city', region: 'KZ-11', ru: 'Косшы', kk: 'Қосшы' },
  { kind: 'district', region: 'KZ-11', ru: 'Аккольский район', kk: 'Ақкөл ауданы' },
  { kind: 'district', region: 'KZ-11', ru: 'Аршалынский район', kk: 'Аршалы ауданы' },
  { kind: 'district', region: 'KZ-11', ru: 'Астраханский район', kk: 'Астрахан ауданы' },
  { kind: 'district', region: 'KZ-11', ru: 'Атбасарский район', kk: 'Атбасар ауданы' },
  {
    kind: 'district',
    region: 'KZ-11',
    ru: 'район Биржан сал',
    kk: 'Біржан сал ауданы',
    aliases: ['Енбекшильдерский район', 'Еңбекшілдер ауданы'],
  },
  { kind: 'district', region: 'KZ-11', ru: 'Буландынский район', kk: 'Бұланды ауданы' },
  {
    kind: 'district',
    region: 'KZ-11',
    ru: 'Бурабайский район',
    kk: 'Бурабай ауданы',
    aliases: ['Щучинский район'],
  },
  { kind: 'district', region: 'KZ-11', ru: 'Егиндыкольский район', kk: 'Егіндікөл ауданы' },
  { kind: 'district', region: 'KZ-11', ru: 'Ерейментауский район', kk: 'Ерейментау ауданы' },
  { kind: 'district', region: 'KZ-11', ru: 'Есильский район', kk: 'Есіл ауданы' },
  { kind: 'district', region: 'KZ-11', ru: 'Жаксынский район', kk: 'Жақсы ауданы' },
  { kind: 'district', region: 'KZ-11', ru: 'Жаркаинский район', kk: 'Жарқайың ауданы' },
  { kind: 'district', region: 'KZ-11', ru: 'Зерендинский район', kk: 'Зеренді ауданы' },
  { kind: 'district', region: 'KZ-11', ru: 'Коргалжынский район', kk: 'Қорғалжын ауданы' },
  { kind: 'district', region: 'KZ-11', ru: 'Сандыктауский район', kk: 'Сандықтау ауданы' },
  { kind: 'district', region: 'KZ-11', ru: 'Целиноградский район', kk: 'Целиноград ауданы' },
  { kind: 'district', region: 'KZ-11', ru: 'Шортандинский район', kk: 'Шортанды ауданы' },
  { kind: 'town', region: 'KZ-11', ru: 'Акколь', kk: 'Ақкөл' },
  { kind: 'town', region: 'KZ-11', ru: 'Атбасар', kk: 'Атбасар' },
  { kind: 'town', region: 'KZ-11', ru: 'Державинск', kk: 'Державинск' },
  { kind: 'town', region: 'KZ-11', ru: 'Ерейментау', kk: 'Ерейментау' },
  { kind: 'town', region: 'KZ-11', ru: 'Есиль', kk: 'Есіл' },
  { kind: 'town', region: 'KZ-11', ru: 'Макинск', kk: 'Макинск' },
  { kind: 'town', region: 'KZ-11', ru: 'Степняк', kk: 'Степняк' },
  { kind: 'town', region: 'KZ-11', ru: 'Щучинск', kk: 'Щучинск' },
  { kind: 'town', region: 'KZ-11', ru: 'Аршалы', kk: 'Аршалы' },
  { kind: 'town', region: 'KZ-11', ru: 'Астраханка', kk: 'Астраханка' },
  { kind: 'town', region: 'KZ-11', ru: 'Балкашино', kk: 'Балкашино' },
  { kind: 'town', region: 'KZ-11', ru: 'Егиндыколь', kk: 'Егіндікөл' },
  { kind: 'town', region: 'KZ-11', ru: 'Жаксы', kk: 'Жақсы' },
  { kind: 'town', region: 'KZ-11', ru: 'Зеренда', kk: 'Зеренді' },
  { kind: 'town', region: 'KZ-11', ru: 'Коргалжын', kk: 'Қорғалжын' },
  { kind: 'town', region: 'KZ-11', ru: 'Шортанды', kk: 'Шортанды' },
  { kind: 'town', region: 'KZ-11', ru: 'Акмол', kk: 'Ақмол', aliases: ['Малиновка'] },

  // ---------------------------------------------------------------------------------------------
  // KZ-15 Ақтөбе облысы
  { kind: 'city', region: 'KZ-15', ru: 'Актобе', kk: 'Ақтөбе', aliases: ['Актюбинск'] },
  // Aktobe's city districts (2018).
  { kind: 'cityDistrict', region: 'KZ-15', ru: 'район Алматы', kk: 'Алматы ауданы' },
  { kind: 'cityDistrict', region: 'KZ-15', ru: 'район Астана', kk: 'Астана ауданы' },
  { kind: 'district', region: 'KZ-15', ru: 'Айтекебийский район', kk: 'Әйтеке би ауданы' },
  { kind: 'district', region: 'KZ-15', ru: 'Алгинский район', kk: 'Алға ауданы' },
  { kind: 'district', region: 'KZ-15', ru: 'Байганинский район', kk: 'Байғанин ауданы' },
  { kind: 'district', region: 'KZ-15', ru: 'Иргизский район', kk: 'Ырғыз ауданы' },
  { kind: 'district', region: 'KZ-15', ru: 'Каргалинский район', kk: 'Қарғалы ауданы' },
  { kind: 'district', region: 'KZ-15', ru: 'Мартукский район', kk: 'Мәртөк ауданы' },
  { kind: 'district', region: 'KZ-15', ru: 'Мугалжарский район', kk: 'Мұғалжар ауданы' },
  { kind: 'district', region: 'KZ-15', ru: 'Темирский район', kk: 'Темір ауданы' },
  { kind: 'district', region: 'KZ-15', ru: 'Уилский район', kk: 'Ойыл ауданы' },
  {
    kind: 'district',
    region: 'KZ-15',
    ru: 'Хобдинский район',
    kk: 'Қобда ауданы',
    aliases: ['Кобдинский район'],
  },
  { kind: 'district', region: 'KZ-15', ru: 'Хромтауский район', kk: 'Хромтау ауданы' },
  { kind: 'district', region: 'KZ-15', ru: 'Шалкарский район', kk: 'Шалқар ауданы' },
  { kind: 'town', region: 'KZ-15', ru: 'Алга', kk: 'Алға' },
  { kind: 'town', region: 'KZ-15', ru: 'Эмба', kk: 'Ембі' },
  { kind: 'town', region: 'KZ-15', ru: 'Жем', kk: 'Жем' },
  { kind: 'town', region: 'KZ-15', ru: 'Кандыагаш', kk: 'Қандыағаш', aliases: ['Октябрьск'] },
  { kind: 'town', region: 'KZ-15', ru: 'Темир', kk: 'Темір' },
  { kind: 'town', region: 'KZ-15', ru: 'Хромтау', kk: 'Хромтау' },
  { kind: 'town', region: 'KZ-15', ru: 'Шалкар', kk: 'Шалқар', aliases: ['Челкар'] },
  { kind: 'town', region: 'KZ-15', ru: 'Карауылкелды', kk: 'Қарауылкелді' },
  { kind: 'town', region: 'KZ-15', ru: 'Иргиз', kk: 'Ырғыз' },
  { kind: 'town', region: 'KZ-15', ru: 'Бадамша', kk: 'Бадамша' },
  { kind: 'town', region: 'KZ-15', ru: 'Мартук', kk: 'Мәртөк' },
  { kind: 'town', region: 'KZ-15', ru: 'Шубаркудук', kk: 'Шұбарқұдық' },
  { kind: 'town', region: 'KZ-15', ru: 'Уил', kk: 'Ойыл' },
  { kind: 'town', region: 'KZ-15', ru: 'Кобда', kk: 'Қобда', aliases: ['Хобда'] },

  // ---------------------------------------------------------------------------------------------
  // KZ-19 Алматы облысы (after Jetisu region left it, 2022)
  {
    kind: 'city',
    region: 'KZ-19',
    ru: 'Қонаев',
    kk: 'Қонаев',
    aliases: ['Конаев', 'Капшагай', 'Капчагай', 'Қапшағай'],
  },
  // Village Жетыген of Ili district, made the city of regional significance Алатау in January 2024.
  { kind: 'city', region: 'KZ-19', ru: 'Алатау', kk: 'Алатау', aliases: ['Жетыген', 'Жетіген'] },
  { kind: 'district', region: 'KZ-19', ru: 'Балхашский район', kk: 'Балқаш ауданы' },
  { kind: 'district', region: 'KZ-19', ru: 'Енбекшиказахский район', kk: 'Еңбекшіқазақ ауданы' },
  { kind: 'district', region: 'KZ-19', ru: 'Жамбылский район', kk: 'Жамбыл ауданы' },
  { kind: 'district', region: 'KZ-19', ru: 'Илийский район', kk: 'Іле ауданы' },
  { kind: 'district', region: 'KZ-19', ru: 'Карасайский район', kk: 'Қарасай ауданы' },
  // Split off Райымбек district in 2018.
  { kind: 'district', region: 'KZ-19', ru: 'Кегенский район', kk: 'Кеген ауданы' },
  { kind: 'district', region: 'KZ-19', ru: 'Райымбекский район', kk: 'Райымбек ауданы' },
  { kind: 'district', region: 'KZ-19', ru: 'Талгарский район', kk: 'Талғар ауданы' },
  { kind: 'district', region: 'KZ-19', ru: 'Уйгурский район', kk: 'Ұйғыр ауданы' },
  { kind: 'town', region: 'KZ-19', ru: 'Есик', kk: 'Есік', aliases: ['Иссык'] },
  { kind: 'town', region: 'KZ-19', ru: 'Каскелен', kk: 'Қаскелең' },
  { kind: 'town', region: 'KZ-19', ru: 'Талгар', kk: 'Талғар' },
  { kind: 'town', region: 'KZ-19', ru: 'Баканас', kk: 'Бақанас' },
  { kind: 'town', region: 'KZ-19', ru: 'Узынагаш', kk: 'Ұзынағаш' },
  { kind: 'town', region: 'KZ-19', ru: 'Отеген батыр', kk: 'Өтеген батыр' },
  { kind: 'town', region: 'KZ-19', ru: 'Кеген', kk: 'Кеген' },
  { kind: 'town', region: 'KZ-19', ru: 'Нарынкол', kk: 'Нарынқол' },
  { kind: 'town', region: 'KZ-19', ru: 'Чунджа', kk: 'Шонжы' },

  // ---------------------------------------------------------------------------------------------
  // KZ-23 Атырау облысы
  { kind: 'city', region: 'KZ-23', ru: 'Атырау', kk: 'Атырау', aliases: ['Гурьев'] },
  { kind: 'district', region: 'KZ-23', ru: 'Жылыойский район', kk: 'Жылыой ауданы' },
  { kind: 'district', region: 'KZ-23', ru: 'Индерский район', kk: 'Индер ауданы' },
  { kind: 'district', region: 'KZ-23', ru: 'Исатайский район', kk: 'Исатай ауданы' },
  { kind: 'district', region: 'KZ-23', ru: 'Курмангазинский район', kk: 'Құрманғазы ауданы' },
  {
    kind: 'district',
    region: 'KZ-23',
    ru: 'Кзылкогинский район',
    kk: 'Қызылқоға ауданы',
    aliases: ['Кызылкогинский район'],
  },
  { kind: 'district', region: 'KZ-23', ru: 'Макатский район', kk: 'Мақат ауданы' },
  { kind: 'district', region: 'KZ-23', ru: 'Махамбетский район', kk: 'Махамбет ауданы' },
  { kind: 'town', region: 'KZ-23', ru: 'Кульсары', kk: 'Құлсары' },
  { kind: 'town', region: 'KZ-23', ru: 'Индерборский', kk: 'Индербор' },
  { kind: 'town', region: 'KZ-23', ru: 'Аккистау', kk: 'Аққыстау' },
  { kind: 'town', region: 'KZ-23', ru: 'Миялы', kk: 'Миялы' },
  { kind: 'town', region: 'KZ-23', ru: 'Макат', kk: 'Мақат' },
  { kind: 'town', region: 'KZ-23', ru: 'Махамбет', kk: 'Махамбет' },

  // ---------------------------------------------------------------------------------------------
  // KZ-27 Батыс Қазақстан облысы
  { kind: 'city', region: 'KZ-27', ru: 'Уральск', kk: 'Орал' },
  { kind: 'district', region: 'KZ-27', ru: 'Акжаикский район', kk: 'Ақжайық ауданы' },
  // Renamed from Зеленовский.
  {
    kind: 'district',
    region: 'KZ-27',
    ru: 'район Бәйтерек',
    kk: 'Бәйтерек ауданы',
    aliases: ['Зеленовский район', 'Байтерекский район'],
  },
  { kind: 'district', region: 'KZ-27', ru: 'Бокейординский район', kk: 'Бөкей ордасы ауданы' },
  { kind: 'district', region: 'KZ-27', ru: 'Бурлинский район', kk: 'Бөрлі ауданы' },
  { kind: 'district', region: 'KZ-27', ru: 'Жангалинский район', kk: 'Жаңақала ауданы' },
  { kind: 'district', region: 'KZ-27', ru: 'Жанибекский район', kk: 'Жәнібек ауданы' },
  { kind: 'district', region: 'KZ-27', ru: 'Казталовский район', kk: 'Қазталов ауданы' },
  { kind: 'district', region: 'KZ-27', ru: 'Каратобинский район', kk: 'Қаратөбе ауданы' },
  { kind: 'district', region: 'KZ-27', ru: 'Сырымский район', kk: 'Сырым ауданы' },
  { kind: 'district', region: 'KZ-27', ru: 'Таскалинский район', kk: 'Тасқала ауданы' },
  { kind: 'district', region: 'KZ-27', ru: 'Теректинский район', kk: 'Теректі ауданы' },
  { kind: 'district', region: 'KZ-27', ru: 'Чингирлауский район', kk: 'Шыңғырлау ауданы' },
  { kind: 'town', region: 'KZ-27', ru: 'Аксай', kk: 'Ақсай' },
  { kind: 'town', region: 'KZ-27', ru: 'Жангала', kk: 'Жаңақала' },
  { kind: 'town', region: 'KZ-27', ru: 'Жанибек', kk: 'Жәнібек' },
  { kind: 'town', region: 'KZ-27', ru: 'Казталовка', kk: 'Қазталов' },
  { kind: 'town', region: 'KZ-27', ru: 'Каратобе', kk: 'Қаратөбе' },
  { kind: 'town', region: 'KZ-27', ru: 'Сайхин', kk: 'Сайқын' },
  { kind: 'town', region: 'KZ-27', ru: 'Жымпиты', kk: 'Жымпиты' },
  { kind: 'town', region: 'KZ-27', ru: 'Таскала', kk: 'Тасқала' },
  { kind: 'town', region: 'KZ-27', ru: 'Чингирлау', kk: 'Шыңғырлау' },

  // ---------------------------------------------------------------------------------------------
  // KZ-31 Жамбыл облысы
  { kind: 'city', region: 'KZ-31', ru: 'Тараз', kk: 'Тараз', aliases: ['Джамбул', 'Аулие-Ата'] },
  { kind: 'district', region: 'KZ-31', ru: 'Байзакский район', kk: 'Байзақ ауданы' },
  { kind: 'district', region: 'KZ-31', ru: 'Жамбылский район', kk: 'Жамбыл ауданы' },
  { kind: 'district', region: 'KZ-31', ru: 'Жуалынский район', kk: 'Жуалы ауданы' },
  { kind: 'district', region: 'KZ-31', ru: 'Кордайский район', kk: 'Қордай ауданы' },
  { kind: 'district', region: 'KZ-31', ru: 'Меркенский район', kk: 'Меркі ауданы' },
  { kind: 'district', region: 'KZ-31', ru: 'Мойынкумский район', kk: 'Мойынқұм ауданы' },
  {
    kind: 'district',
    region: 'KZ-31',
    ru: 'район Турара Рыскулова',
    kk: 'Тұрар Рысқұлов ауданы',
    aliases: ['Рыскуловский район'],
  },
  { kind: 'district', region: 'KZ-31', ru: 'Сарысуский район', kk: 'Сарысу ауданы' },
  { kind: 'district', region: 'KZ-31', ru: 'Таласский район', kk: 'Талас ауданы' },
  { kind: 'district', region: 'KZ-31', ru: 'Шуский район', kk: 'Шу ауданы' },
  { kind: 'town', region: 'KZ-31', ru: 'Шу', kk: 'Шу', aliases: ['Чу'] },
  { kind: 'town', region: 'KZ-31', ru: 'Каратау', kk: 'Қаратау' },
  { kind: 'town', region: 'KZ-31', ru: 'Жанатас', kk: 'Жаңатас' },
  { kind: 'town', region: 'KZ-31', ru: 'Сарыкемер', kk: 'Сарыкемер' },
  { kind: 'town', region: 'KZ-31', ru: 'Аса', kk: 'Аса' },
  { kind: 'town', region: 'KZ-31', ru: 'Бауыржан Момышулы', kk: 'Бауыржан Момышұлы' },
  { kind: 'town', region: 'KZ-31', ru: 'Кордай', kk: 'Қордай' },
  { kind: 'town', region: 'KZ-31', ru: 'Кулан', kk: 'Құлан' },
  { kind: 'town', region: 'KZ-31', ru: 'Мерке', kk: 'Меркі' },
  { kind: 'town', region: 'KZ-31', ru: 'Мойынкум', kk: 'Мойынқұм' },

  // ---------------------------------------------------------------------------------------------
  // KZ-33 Жетісу облысы (from Almaty region, 2022)
  { kind: 'city', region: 'KZ-33', ru: 'Талдыкорган', kk: 'Талдықорған', aliases: ['Талды-Курган'] },
  { kind: 'city', region: 'KZ-33', ru: 'Текели', kk: 'Текелі' },
  { kind: 'district', region: 'KZ-33', ru: 'Аксуский район', kk: 'Ақсу ауданы' },
  { kind: 'district', region: 'KZ-33', ru: 'Алакольский район', kk: 'Алакөл ауданы' },
  { kind: 'district', region: 'KZ-33', ru: 'Ескельдинский район', kk: 'Ескелді ауданы' },
  { kind: 'district', region: 'KZ-33', ru: 'Каратальский район', kk: 'Қаратал ауданы' },
  { kind: 'district', region: 'KZ-33', ru: 'Кербулакский район', kk: 'Кербұлақ ауданы' },
  { kind: 'district', region: 'KZ-33', ru: 'Коксуский район', kk: 'Көксу ауданы' },
  { kind: 'district', region: 'KZ-33', ru: 'Панфиловский район', kk: 'Панфилов ауданы' },
  { kind: 'district', region: 'KZ-33', ru: 'Сарканский район', kk: 'Сарқан ауданы' },
  { kind: 'town', region: 'KZ-33', ru: 'Жаркент', kk: 'Жаркент', aliases: ['Панфилов'] },
  { kind: 'town', region: 'KZ-33', ru: 'Саркан', kk: 'Сарқан', aliases: ['Сарканд'] },
  { kind: 'town', region: 'KZ-33', ru: 'Уштобе', kk: 'Үштөбе' },
  { kind: 'town', region: 'KZ-33', ru: 'Ушарал', kk: 'Үшарал' },
  { kind: 'town', region: 'KZ-33', ru: 'Жансугуров', kk: 'Жансүгіров' },
  { kind: 'town', region: 'KZ-33', ru: 'Сарыозек', kk: 'Сарыөзек' },
  { kind: 'town', region: 'KZ-33', ru: 'Балпык би', kk: 'Балпық би' },

  // ---------------------------------------------------------------------------------------------
  // KZ-35 Қарағанды облысы (after Ulytau region left it, 2022)
  { kind: 'city', region: 'KZ-35', ru: 'Караганда', kk: 'Қарағанды' },
  { kind: 'city', region: 'KZ-35', ru: 'Балхаш', kk: 'Балқаш' },
  { kind: 'city', region: 'KZ-35', ru: 'Приозерск', kk: 'Приозерск' },
  { kind: 'city', region: 'KZ-35', ru: 'Сарань', kk: 'Саран' },
  { kind: 'city', region: 'KZ-35', ru: 'Темиртау', kk: 'Теміртау' },
  { kind: 'city', region: 'KZ-35', ru: 'Шахтинск', kk: 'Шахтинск' },
  // Karaganda's city districts; Октябрьский was renamed after Әлихан Бөкейхан in December 2021.
  {
    kind: 'cityDistrict',
    region: 'KZ-35',
    ru: 'район имени Әлихана Бөкейхана',
    kk: 'Әлихан Бөкейхан ауданы',
    aliases: ['район Алихана Бокейхана', 'Әлихан Бөкейхан атындағы аудан', 'Октябрьский район'],
  },
  {
    kind: 'cityDistrict',
    region: 'KZ-35',
    ru: 'район имени Казыбек би',
    kk: 'Қазыбек би ауданы',
    aliases: ['район Казыбек би', 'Қазыбек би атындағы аудан'],
  },
  { kind: 'district', region: 'KZ-35', ru: 'Абайский район', kk: 'Абай ауданы' },
  { kind: 'district', region: 'KZ-35', ru: 'Актогайский район', kk: 'Ақтоғай ауданы' },
  { kind: 'district', region: 'KZ-35', ru: 'Бухар-Жырауский район', kk: 'Бұқар жырау ауданы' },
  { kind: 'district', region: 'KZ-35', ru: 'Каркаралинский район', kk: 'Қарқаралы ауданы' },
  { kind: 'district', region: 'KZ-35', ru: 'Нуринский район', kk: 'Нұра ауданы' },
  { kind: 'district', region: 'KZ-35', ru: 'Осакаровский район', kk: 'Осакаров ауданы' },
  { kind: 'district', region: 'KZ-35', ru: 'Шетский район', kk: 'Шет ауданы' },
  // The town of Abai, centre of Abai district: not the Abai region.
  { kind: 'town', region: 'KZ-35', ru: 'Абай', kk: 'Абай' },
  { kind: 'town', region: 'KZ-35', ru: 'Каркаралинск', kk: 'Қарқаралы' },
  { kind: 'town', region: 'KZ-35', ru: 'Актогай', kk: 'Ақтоғай' },
  { kind: 'town', region: 'KZ-35', ru: 'Ботакара', kk: 'Ботақара' },
  { kind: 'town', region: 'KZ-35', ru: 'Киевка', kk: 'Киевка' },
  { kind: 'town', region: 'KZ-35', ru: 'Осакаровка', kk: 'Осакаровка' },
  { kind: 'town', region: 'KZ-35', ru: 'Аксу-Аюлы', kk: 'Ақсу-Аюлы' },

  // ---------------------------------------------------------------------------------------------
  // KZ-39 Қостанай облысы
  { kind: 'city', region: 'KZ-39', ru: 'Костанай', kk: 'Қостанай', aliases: ['Кустанай'] },
  { kind: 'city', region: 'KZ-39', ru: 'Аркалык', kk: 'Арқалық' },
  { kind: 'city', region: 'KZ-39', ru: 'Лисаковск', kk: 'Лисаков' },
  { kind: 'city', region: 'KZ-39', ru: 'Рудный', kk: 'Рудный' },
  { kind: 'district', region: 'KZ-39', ru: 'Алтынсаринский район', kk: 'Алтынсарин ауданы' },
  { kind: 'district', region: 'KZ-39', ru: 'Амангельдинский район', kk: 'Амангелді ауданы' },
  { kind: 'district', region: 'KZ-39', ru: 'Аулиекольский район', kk: 'Әулиекөл ауданы' },
  // Renamed from Тарановский.
  {
    kind: 'district',
    region: 'KZ-39',
    ru: 'район Беимбета Майлина',
    kk: 'Бейімбет Майлин ауданы',
    aliases: ['Тарановский район'],
  },
  { kind: 'district', region: 'KZ-39', ru: 'Денисовский район', kk: 'Денисов ауданы' },
  { kind: 'district', region: 'KZ-39', ru: 'Жангельдинский район', kk: 'Жангелдин ауданы' },
  { kind: 'district', region: 'KZ-39', ru: 'Житикаринский район', kk: 'Жітіқара ауданы' },
  { kind: 'district', region: 'KZ-39', ru: 'Камыстинский район', kk: 'Қамысты ауданы' },
  { kind: 'district', region: 'KZ-39', ru: 'Карабалыкский район', kk: 'Қарабалық ауданы' },
  { kind: 'district', region: 'KZ-39', ru: 'Карасуский район', kk: 'Қарасу ауданы' },
  { kind: 'district', region: 'KZ-39', ru: 'Костанайский район', kk: 'Қостанай ауданы' },
  { kind: 'district', region: 'KZ-39', ru: 'Мендыкаринский район', kk: 'Меңдіқара ауданы' },
  { kind: 'district', region: 'KZ-39', ru: 'Наурзумский район', kk: 'Науырзым ауданы' },
  { kind: 'district', region: 'KZ-39', ru: 'Сарыкольский район', kk: 'Сарыкөл ауданы' },
  { kind: 'district', region: 'KZ-39', ru: 'Узункольский район', kk: 'Ұзынкөл ауданы' },
  { kind: 'district', region: 'KZ-39', ru: 'Федоровский район', kk: 'Федоров ауданы' },
  { kind: 'town', region: 'KZ-39', ru: 'Житикара', kk: 'Жітіқара', aliases: ['Джетыгара'] },
  // Settlement Затобольск, a town named Тобыл since January 2020.
  { kind: 'town', region: 'KZ-39', ru: 'Тобыл', kk: 'Тобыл', aliases: ['Затобольск'] },
  { kind: 'town', region: 'KZ-39', ru: 'Амангельды', kk: 'Амангелді' },
  { kind: 'town', region: 'KZ-39', ru: 'Аулиеколь', kk: 'Әулиекөл' },
  { kind: 'town', region: 'KZ-39', ru: 'Денисовка', kk: 'Денисовка' },
  { kind: 'town', region: 'KZ-39', ru: 'Торгай', kk: 'Торғай', aliases: ['Тургай'] },
  { kind: 'town', region: 'KZ-39', ru: 'Камысты', kk: 'Қамысты' },
  { kind: 'town', region: 'KZ-39', ru: 'Карабалык', kk: 'Қарабалық' },
  { kind: 'town', region: 'KZ-39', ru: 'Караменды', kk: 'Қарамеңді' },
  { kind: 'town', region: 'KZ-39', ru: 'Сарыколь', kk: 'Сарыкөл' },
  { kind: 'town', region: 'KZ-39', ru: 'Узунколь', kk: 'Ұзынкөл' },

  // ---------------------------------------------------------------------------------------------
  // KZ-43 Қызылорда облысы
  { kind: 'city', region: 'KZ-43', ru: 'Кызылорда', kk: 'Қызылорда', aliases: ['Кзыл-Орда', 'Кызыл-Орда'] },
  // Leased to Russia and administered by it, with its own status; counted under Kyzylorda region, whose KATO
  // lists it among its cities.
  { kind: 'city', region: 'KZ-43', ru: 'Байконыр', kk: 'Байқоңыр', aliases: ['Байконур', 'Ленинск'] },
  { kind: 'district', region: 'KZ-43', ru: 'Аральский район', kk: 'Арал ауданы' },
  { kind: 'district', region: 'KZ-43', ru: 'Жалагашский район', kk: 'Жалағаш ауданы' },
  { kind: 'district', region: 'KZ-43', ru: 'Жанакорганский район', kk: 'Жаңақорған ауданы' },
  { kind: 'district', region: 'KZ-43', ru: 'Казалинский район', kk: 'Қазалы ауданы' },
  { kind: 'district', region: 'KZ-43', ru: 'Кармакшинский район', kk: 'Қармақшы ауданы' },
  { kind: 'district', region: 'KZ-43', ru: 'Сырдарьинский район', kk: 'Сырдария ауданы' },
  { kind: 'district', region: 'KZ-43', ru: 'Шиелийский район', kk: 'Шиелі ауданы' },
  { kind: 'town', region: 'KZ-43', ru: 'Аральск', kk: 'Арал' },
  { kind: 'town', region: 'KZ-43', ru: 'Казалинск', kk: 'Қазалы' },
  { kind: 'town', region: 'KZ-43', ru: 'Жалагаш', kk: 'Жалағаш' },
  { kind: 'town', region: 'KZ-43', ru: 'Жанакорган', kk: 'Жаңақорған' },
  { kind: 'town', region: 'KZ-43', ru: 'Жосалы', kk: 'Жосалы' },
  { kind: 'town', region: 'KZ-43', ru: 'Теренозек', kk: 'Тереңөзек' },
  { kind: 'town', region: 'KZ-43', ru: 'Шиели', kk: 'Шиелі' },

  // ---------------------------------------------------------------------------------------------
  // KZ-47 Маңғыстау облысы
  { kind: 'city', region: 'KZ-47', ru: 'Актау', kk: 'Ақтау', aliases: ['Шевченко'] },
  { kind: 'city', region: 'KZ-47', ru: 'Жанаозен', kk: 'Жаңаөзен', aliases: ['Новый Узень'] },
  { kind: 'district', region: 'KZ-47', ru: 'Бейнеуский район', kk: 'Бейнеу ауданы' },
  { kind: 'district', region: 'KZ-47', ru: 'Каракиянский район', kk: 'Қарақия ауданы' },
  {
    kind: 'district',
    region: 'KZ-47',
    ru: 'Мангистауский район',
    kk: 'Маңғыстау ауданы',
    aliases: ['Мангыстауский район'],
  },
  { kind: 'district', region: 'KZ-47', ru: 'Мунайлинский район', kk: 'Мұнайлы ауданы' },
  { kind: 'district', region: 'KZ-47', ru: 'Тупкараганский район', kk: 'Түпқараған ауданы' },
  { kind: 'town', region: 'KZ-47', ru: 'Форт-Шевченко', kk: 'Форт-Шевченко' },
  { kind: 'town', region: 'KZ-47', ru: 'Бейнеу', kk: 'Бейнеу' },
  { kind: 'town', region: 'KZ-47', ru: 'Курык', kk: 'Құрық' },
  { kind: 'town', region: 'KZ-47', ru: 'Шетпе', kk: 'Шетпе' },

  // ---------------------------------------------------------------------------------------------
  // KZ-55 Павлодар облысы
  { kind: 'city', region: 'KZ-55', ru: 'Павлодар', kk: 'Павлодар' },
  { kind: 'city', region: 'KZ-55', ru: 'Аксу', kk: 'Ақсу', aliases: ['Ермак'] },
  { kind: 'city', region: 'KZ-55', ru: 'Экибастуз', kk: 'Екібастұз' },
  { kind: 'district', region: 'KZ-55', ru: 'Актогайский район', kk: 'Ақтоғай ауданы' },
  { kind: 'district', region: 'KZ-55', ru: 'Баянаульский район', kk: 'Баянауыл ауданы' },
  { kind: 'district', region: 'KZ-55', ru: 'Железинский район', kk: 'Железин ауданы' },
  { kind: 'district', region: 'KZ-55', ru: 'Иртышский район', kk: 'Ертіс ауданы' },
  { kind: 'district', region: 'KZ-55', ru: 'Майский район', kk: 'Май ауданы' },
  { kind: 'district', region: 'KZ-55', ru: 'Павлодарский район', kk: 'Павлодар ауданы' },
  { kind: 'district', region: 'KZ-55', ru: 'Успенский район', kk: 'Успен ауданы' },
  { kind: 'district', region: 'KZ-55', ru: 'Щербактинский район', kk: 'Шарбақты ауданы' },
  // Renamed from Качирский and Лебяжинский in August 2018.
  {
    kind: 'district',
    region: 'KZ-55',
    ru: 'район Тереңкөл',
    kk: 'Тереңкөл ауданы',
    aliases: ['Качирский район', 'Теренкольский район'],
  },
  {
    kind: 'district',
    region: 'KZ-55',
    ru: 'район Аққулы',
    kk: 'Аққулы ауданы',
    aliases: ['Лебяжинский район', 'Аккулинский район'],
  },
  { kind: 'town', region: 'KZ-55', ru: 'Актогай', kk: 'Ақтоғай' },
  { kind: 'town', region: 'KZ-55', ru: 'Баянаул', kk: 'Баянауыл' },
  { kind: 'town', region: 'KZ-55', ru: 'Железинка', kk: 'Железинка' },
  { kind: 'town', region: 'KZ-55', ru: 'Иртышск', kk: 'Ертіс' },
  { kind: 'town', region: 'KZ-55', ru: 'Теренколь', kk: 'Тереңкөл', aliases: ['Качиры'] },
  { kind: 'town', region: 'KZ-55', ru: 'Аккулы', kk: 'Аққулы', aliases: ['Лебяжье'] },
  { kind: 'town', region: 'KZ-55', ru: 'Успенка', kk: 'Успенка' },
  { kind: 'town', region: 'KZ-55', ru: 'Шарбакты', kk: 'Шарбақты' },

  // ---------------------------------------------------------------------------------------------
  // KZ-59 Солтүстік Қазақстан облысы
  { kind: 'city', region: 'KZ-59', ru: 'Петропавловск', kk: 'Петропавл' },
  { kind: 'district', region: 'KZ-59', ru: 'Айыртауский район', kk: 'Айыртау ауданы' },
  { kind: 'district', region: 'KZ-59', ru: 'Акжарский район', kk: 'Ақжар ауданы' },
  { kind: 'district', region: 'KZ-59', ru: 'Аккайынский район', kk: 'Аққайың ауданы' },
  { kind: 'district', region: 'KZ-59', ru: 'Есильский район', kk: 'Есіл ауданы' },
  { kind: 'district', region: 'KZ-59', ru: 'Жамбылский район', kk: 'Жамбыл ауданы' },
  { kind: 'district', region: 'KZ-59', ru: 'Кызылжарский район', kk: 'Қызылжар ауданы' },
  {
    kind: 'district',
    region: 'KZ-59',
    ru: 'район Магжана Жумабаева',
    kk: 'Мағжан Жұмабаев ауданы',
    aliases: ['Булаевский район'],
  },
  { kind: 'district', region: 'KZ-59', ru: 'Мамлютский район', kk: 'Мамлют ауданы' },
  {
    kind: 'district',
    region: 'KZ-59',
    ru: 'район имени Габита Мусрепова',
    kk: 'Ғабит Мүсірепов ауданы',
    aliases: ['район Габита Мусрепова', 'Ғабит Мүсірепов атындағы аудан'],
  },
  { kind: 'district', region: 'KZ-59', ru: 'Тайыншинский район', kk: 'Тайынша ауданы' },
  { kind: 'district', region: 'KZ-59', ru: 'Тимирязевский район', kk: 'Тимирязев ауданы' },
  { kind: 'district', region: 'KZ-59', ru: 'Уалихановский район', kk: 'Уәлиханов ауданы' },
  { kind: 'district', region: 'KZ-59', ru: 'район Шал акына', kk: 'Шал ақын ауданы' },
  { kind: 'town', region: 'KZ-59', ru: 'Булаево', kk: 'Булаев' },
  { kind: 'town', region: 'KZ-59', ru: 'Мамлютка', kk: 'Мамлют' },
  { kind: 'town', region: 'KZ-59', ru: 'Сергеевка', kk: 'Сергеев' },
  { kind: 'town', region: 'KZ-59', ru: 'Тайынша', kk: 'Тайынша' },
  { kind: 'town', region: 'KZ-59', ru: 'Саумалколь', kk: 'Саумалкөл' },
  { kind: 'town', region: 'KZ-59', ru: 'Талшик', kk: 'Талшық' },
  { kind: 'town', region: 'KZ-59', ru: 'Явленка', kk: 'Явленка' },
  { kind: 'town', region: 'KZ-59', ru: 'Пресновка', kk: 'Пресновка' },
  { kind: 'town', region: 'KZ-59', ru: 'Смирново', kk: 'Смирново' },
  { kind: 'town', region: 'KZ-59', ru: 'Тимирязево', kk: 'Тимирязев' },
  { kind: 'town', region: 'KZ-59', ru: 'Кишкенеколь', kk: 'Кішкенекөл' },
  { kind: 'town', region: 'KZ-59', ru: 'Новоишимское', kk: 'Новоишім' },

  // ---------------------------------------------------------------------------------------------
  // KZ-61 Түркістан облысы (without Shymkent since 2018)
  { kind: 'city', region: 'KZ-61', ru: 'Туркестан', kk: 'Түркістан' },
  { kind: 'city', region: 'KZ-61', ru: 'Кентау', kk: 'Кентау' },
  { kind: 'city', region: 'KZ-61', ru: 'Арысь', kk: 'Арыс' },
  {
    kind: 'district',
    region: 'KZ-61',
    ru: 'район Байдибека',
    kk: 'Бәйдібек ауданы',
    aliases: ['Байдибекский район'],
  },
  { kind: 'district', region: 'KZ-61', ru: 'Жетысайский район', kk: 'Жетісай ауданы' },
  { kind: 'district', region: 'KZ-61', ru: 'Казыгуртский район', kk: 'Қазығұрт ауданы' },
  { kind: 'district', region: 'KZ-61', ru: 'Келесский район', kk: 'Келес ауданы' },
  { kind: 'district', region: 'KZ-61', ru: 'Мактааральский район', kk: 'Мақтаарал ауданы' },
  {
    kind: 'district',
    region: 'KZ-61',
    ru: 'Ордабасинский район',
    kk: 'Ордабасы ауданы',
    aliases: ['Ордабасынский район'],
  },
  { kind: 'district', region: 'KZ-61', ru: 'Отрарский район', kk: 'Отырар ауданы' },
  { kind: 'district', region: 'KZ-61', ru: 'Сайрамский район', kk: 'Сайрам ауданы' },
  { kind: 'district', region: 'KZ-61', ru: 'Сарыагашский район', kk: 'Сарыағаш ауданы' },
  { kind: 'district', region: 'KZ-61', ru: 'район Сауран', kk: 'Сауран ауданы' },
  { kind: 'district', region: 'KZ-61', ru: 'Сузакский район', kk: 'Созақ ауданы' },
  { kind: 'district', region: 'KZ-61', ru: 'Толебийский район', kk: 'Төле би ауданы' },
  { kind: 'district', region: 'KZ-61', ru: 'Тюлькубасский район', kk: 'Түлкібас ауданы' },
  { kind: 'district', region: 'KZ-61', ru: 'Шардаринский район', kk: 'Шардара ауданы' },
  { kind: 'town', region: 'KZ-61', ru: 'Жетысай', kk: 'Жетісай' },
  { kind: 'town', region: 'KZ-61', ru: 'Ленгер', kk: 'Ленгер' },
  { kind: 'town', region: 'KZ-61', ru: 'Сарыагаш', kk: 'Сарыағаш' },
  { kind: 'town', region: 'KZ-61', ru: 'Шардара', kk: 'Шардара', aliases: ['Чардара'] },
  { kind: 'town', region: 'KZ-61', ru: 'Шаян', kk: 'Шаян' },
  { kind: 'town', region: 'KZ-61', ru: 'Казыгурт', kk: 'Қазығұрт' },
  { kind: 'town', region: 'KZ-61', ru: 'Мырзакент', kk: 'Мырзакент' },
  { kind: 'town', region: 'KZ-61', ru: 'Темирлан', kk: 'Темірлан' },
  { kind: 'town', region: 'KZ-61', ru: 'Шаульдер', kk: 'Шәуілдір' },
  { kind: 'town', region: 'KZ-61', ru: 'Аксукент', kk: 'Ақсукент' },
  { kind: 'town', region: 'KZ-61', ru: 'Шолаккорган', kk: 'Шолаққорған' },
  { kind: 'town', region: 'KZ-61', ru: 'Шорнак', kk: 'Шорнақ' },

  // ---------------------------------------------------------------------------------------------
  // KZ-62 Ұлытау облысы (from Karaganda region, 2022): two districts only.
  { kind: 'city', region: 'KZ-62', ru: 'Жезказган', kk: 'Жезқазған', aliases: ['Джезказган'] },
  { kind: 'city', region: 'KZ-62', ru: 'Сатпаев', kk: 'Сәтбаев' },
  { kind: 'city', region: 'KZ-62', ru: 'Каражал', kk: 'Қаражал' },
  { kind: 'district', region: 'KZ-62', ru: 'Жанааркинский район', kk: 'Жаңаарқа ауданы' },
  { kind: 'district', region: 'KZ-62', ru: 'Улытауский район', kk: 'Ұлытау ауданы' },
  { kind: 'town', region: 'KZ-62', ru: 'Атасу', kk: 'Атасу' },
  { kind: 'town', region: 'KZ-62', ru: 'Улытау', kk: 'Ұлытау' },

  // ---------------------------------------------------------------------------------------------
  // KZ-63 Шығыс Қазақстан облысы (after Abai region left it, 2022)
  { kind: 'city', region: 'KZ-63', ru: 'Усть-Каменогорск', kk: 'Өскемен' },
  { kind: 'city', region: 'KZ-63', ru: 'Риддер', kk: 'Риддер', aliases: ['Лениногорск'] },
  // Renamed from Зыряновский (the town Зыряновск is now Алтай).
  {
    kind: 'district',
    region: 'KZ-63',
    ru: 'район Алтай',
    kk: 'Алтай ауданы',
    aliases: ['Зыряновский район', 'Алтайский район'],
  },
  { kind: 'district', region: 'KZ-63', ru: 'Глубоковский район', kk: 'Глубокое ауданы' },
  { kind: 'district', region: 'KZ-63', ru: 'Зайсанский район', kk: 'Зайсан ауданы' },
  { kind: 'district', region: 'KZ-63', ru: 'Катон-Карагайский район', kk: 'Катонқарағай ауданы' },
  { kind: 'district', region: 'KZ-63', ru: 'Курчумский район', kk: 'Күршім ауданы' },
  { kind: 'district', region: 'KZ-63', ru: 'Тарбагатайский район', kk: 'Тарбағатай ауданы' },
  { kind: 'district', region: 'KZ-63', ru: 'Уланский район', kk: 'Ұлан ауданы' },
  { kind: 'district', region: 'KZ-63', ru: 'Шемонаихинский район', kk: 'Шемонаиха ауданы' },
  { kind: 'district', region: 'KZ-63', ru: 'район Самар', kk: 'Самар ауданы', aliases: ['Самарский район'] },
  {
    kind: 'district',
    region: 'KZ-63',
    ru: 'район Марқакөл',
    kk: 'Марқакөл ауданы',
    aliases: ['Маркакольский район'],
  },
  { kind: 'district', region: 'KZ-63', ru: 'район Үлкен Нарын', kk: 'Үлкен Нарын ауданы' },
  { kind: 'town', region: 'KZ-63', ru: 'Алтай', kk: 'Алтай', aliases: ['Зыряновск'] },
  { kind: 'town', region: 'KZ-63', ru: 'Серебрянск', kk: 'Серебрянск' },
  { kind: 'town', region: 'KZ-63', ru: 'Зайсан', kk: 'Зайсан' },
  { kind: 'town', region: 'KZ-63', ru: 'Шемонаиха', kk: 'Шемонаиха' },
  { kind: 'town', region: 'KZ-63', ru: 'Глубокое', kk: 'Глубокое' },
  { kind: 'town', region: 'KZ-63', ru: 'Курчум', kk: 'Күршім' },
  { kind: 'town', region: 'KZ-63', ru: 'Катон-Карагай', kk: 'Катонқарағай' },
  { kind: 'town', region: 'KZ-63', ru: 'Улкен Нарын', kk: 'Үлкен Нарын', aliases: ['Большенарымское'] },

  // ---------------------------------------------------------------------------------------------
  // KZ-71 Астана: six districts (Байқоңыр 2018, Нұра 2022, Сарайшық 2024).
  {
    kind: 'cityDistrict',
    region: 'KZ-71',
    ru: 'район Алматы',
    kk: 'Алматы ауданы',
    aliases: ['Алматинский район'],
  },
  {
    kind: 'cityDistrict',
    region: 'KZ-71',
    ru: 'район Байқоңыр',
    kk: 'Байқоңыр ауданы',
    aliases: ['район Байконур', 'район Байконыр', 'Байконурский район'],
  },
  {
    kind: 'cityDistrict',
    region: 'KZ-71',
    ru: 'район Есиль',
    kk: 'Есіл ауданы',
    aliases: ['Есильский район'],
  },
  {
    kind: 'cityDistrict',
    region: 'KZ-71',
    ru: 'район Сарыарка',
    kk: 'Сарыарқа ауданы',
    aliases: ['Сарыаркинский район'],
  },
  { kind: 'cityDistrict', region: 'KZ-71', ru: 'район Нұра', kk: 'Нұра ауданы' },
  { kind: 'cityDistrict', region: 'KZ-71', ru: 'район Сарайшық', kk: 'Сарайшық ауданы' },

  // ---------------------------------------------------------------------------------------------
  // KZ-75 Алматы: eight districts (Наурызбай 2014).
  { kind: 'cityDistrict', region: 'KZ-75', ru: 'Алатауский район', kk: 'Алатау ауданы' },
  { kind: 'cityDistrict', region: 'KZ-75', ru: 'Алмалинский район', kk: 'Алмалы ауданы' },
  { kind: 'cityDistrict', region: 'KZ-75', ru: 'Ауэзовский район', kk: 'Әуезов ауданы' },
  { kind: 'cityDistrict', region: 'KZ-75', ru: 'Бостандыкский район', kk: 'Бостандық ауданы' },
  { kind: 'cityDistrict', region: 'KZ-75', ru: 'Жетысуский район', kk: 'Жетісу ауданы' },
  { kind: 'cityDistrict', region: 'KZ-75', ru: 'Медеуский район', kk: 'Медеу ауданы' },
  { kind: 'cityDistrict', region: 'KZ-75', ru: 'Наурызбайский район', kk: 'Наурызбай ауданы' },
  { kind: 'cityDistrict', region: 'KZ-75', ru: 'Турксибский район', kk: 'Түрксіб ауданы' },

  // ---------------------------------------------------------------------------------------------
  // KZ-79 Шымкент: five districts (Тұран the newest).
  { kind: 'cityDistrict', region: 'KZ-79', ru: 'Абайский район', kk: 'Абай ауданы' },
  { kind: 'cityDistrict', region: 'KZ-79', ru: 'Аль-Фарабийский район', kk: 'Әл-Фараби ауданы' },
  { kind: 'cityDistrict', region: 'KZ-79', ru: 'Енбекшинский район', kk: 'Еңбекші ауданы' },
  { kind: 'cityDistrict', region: 'KZ-79', ru: 'Каратауский район', kk: 'Қаратау ауданы' },
  {
    kind: 'cityDistrict',
    region: 'KZ-79',
    ru: 'район Тұран',
    kk: 'Тұран ауданы',
    aliases: ['Туранский район'],
  },
];
