import { describe, expect, it } from 'vitest';
import { stemKazakh } from '../../src-main/content/kazakh';
import { analyse, detectLanguage, stem, tokenize } from '../../src-main/content/text';
import { fitFeatures, Vectorizer } from '../../src-main/content/features';

describe('tokenize', () => {
  it('lower-cases, keeps Kazakh letters, splits off punctuation and digits, ё as е', () => {
    expect(tokenize('ЖЁЛТЫЙ «Әкімдік» ҚАБЫЛДАУ-бөлмесі, 2026 ж.; eGov')).toEqual([
      'желтый',
      'әкімдік',
      'қабылдау',
      'бөлмесі',
      'ж',
      'egov',
    ]);
  });

  it('makes Latin look-alikes inside Cyrillic words Cyrillic (a Kazakh і typed as i)', () => {
    expect(tokenize('тәртiбiн пoдъезд')).toEqual(['тәртібін', 'подъезд']);
    expect(tokenize('sms-код')).toEqual(['sms', 'код']);
  });

  it('reads a Latin h or b inside a Cyrillic word as the letter it looks like (Н, В), as every match key does', () => {
    // Kazakh typed on a Russian keyboard writes һ as х; a Latin h is the look-alike of a capital Н.
    expect(tokenize('Пеhсии Прочие bопрoсы')).toEqual(['пенсии', 'прочие', 'вопросы']);
    expect(detectLanguage(tokenize('Пеhсии'))).toBe('ru');
  });
});

describe('detectLanguage', () => {
  it('tells Kazakh from Russian by the letters only Kazakh has', () => {
    expect(detectLanguage(tokenize('Жылыту маусымы қашан басталатынын сұрайды'))).toBe('kk');
    expect(detectLanguage(tokenize('Интересуется сроками начала отопительного сезона'))).toBe('ru');
    // A Russian text naming a Kazakh district stays Russian.
    expect(
      detectLanguage(
        tokenize('Проживает: Қарасай ауданы. Жалоба на отсутствие холодной воды более трех суток'),
      ),
    ).toBe('ru');
    expect(detectLanguage([])).toBe('ru');
  });
});

describe('stemming', () => {
  it('brings Russian word forms together (Snowball)', () => {
    const stems = (words: string[]) => new Set(words.map((w) => stem(w, 'ru')));
    expect(stems(['пенсия', 'пенсии', 'пенсию', 'пенсией'])).toEqual(new Set(['пенс']));
    expect(stems(['очередь', 'очереди', 'очередью'])).toEqual(new Set(['очеред']));
    expect(stem('отопительного', 'ru')).toBe('отопительн');
  });

  it('brings Kazakh word forms together (light suffix stripping)', () => {
    const stems = (words: string[]) => new Set(words.map(stemKazakh));
    expect(stems(['мектеп', 'мектепке', 'мектептерімізде', 'мектептің'])).toEqual(new Set(['мектеп']));
    expect(stems(['аудан', 'ауданы', 'ауданын', 'аудандар', 'ауданда'])).toEqual(new Set(['аудан']));
    expect(stems(['зейнетақы', 'зейнетақысы', 'зейнетақыны'])).toEqual(new Set(['зейнетақ']));
    expect(stems(['сұрайды', 'сұрау'])).toEqual(new Set(['сұра']));
    expect(stems(['үй', 'үйді', 'үйге'])).toEqual(new Set(['үй']));
    expect(stems(['су', 'суды', 'суға'])).toEqual(new Set(['су']));
  });

  it('gives a voiced final consonant back its bare form, and leaves words that only look inflected', () => {
    expect(stemKazakh('кітабы')).toBe('кітап');
    expect(stemKazakh('тәртібін')).toBe('тәртіп');
    expect(stemKazakh('кезегіндегі')).toBe('кезек');
    expect(stemKazakh('тұрғын')).toBe('тұрғын');
    expect(stemKazakh('тегін')).toBe('тегін');
    // Too short to strip anything from.
    expect(stemKazakh('жоқ')).toBe('жоқ');
    expect(stemKazakh('ал')).toBe('ал');
  });

  it('stems a word with a Kazakh letter as Kazakh whatever the text', () => {
    expect(stem('мектептің', 'ru')).toBe('мектеп');
    expect(stem('мектепке', 'kk')).toBe('мектеп');
  });
});

describe('analyse', () => {
  it('drops Russian and Kazakh stop words and one-letter words, and stems the rest', () => {
    const ru = analyse('Просит разъяснить, почему ему не пришла пенсия и что делать в этом случае.');
    expect(ru.lang).toBe('ru');
    // «почему» is filler of requests, as the Snowball list's pronouns are.
    expect(ru.words).toEqual(['просит', 'разъяснить', 'пришла', 'пенсия', 'делать', 'случае']);
    expect(ru.stems).toContain('пенс');
    const kk = analyse('Бала күтіміне байланысты жәрдемақы тағайындау тәртібін және мерзімін сұрайды.');
    expect(kk.lang).toBe('kk');
    expect(kk.words).not.toContain('байланысты');
    expect(kk.words).not.toContain('және');
    expect(kk.stems).toEqual(['бала', 'күтім', 'жәрдемақ', 'тағай', 'тәртіп', 'мерзім', 'сұра']);
  });
});

describe('what says nothing of the question', () => {
  it('leaves out the courtesies of both languages, also typed without Kazakh letters', () => {
    expect(analyse('Здравствуйте! Помогите пожалуйста, прошу нет воды. Спасибо').words).toEqual(['воды']);
    expect(analyse('Сәлеметсіз бе! Өтінемін көмектесіңіздер, жарық жоқ. Рахмет').words).toEqual(['жарық']);
    expect(analyse('салеметсиз бе отинемин жарык жок рахмет').words).toEqual(['жарык']);
  });

  it('leaves out numbers, people’s names and place names', () => {
    const a = analyse(
      'Добрый день, в Шымкенте на ул. Абая 25 кв. 3 нет воды 3 дня. Обращался к Ахметову Серику, тел 87011234567',
    );
    expect(a.words).toEqual(['абая', 'воды', 'обращался']);
    // A street's name stays a word, marked as written with a capital.
    expect(a.proper).toEqual([true, false, false]);
    const kk = analyse('Қарағанды облысы Теміртау қаласында Гүлнар апай мектепке баламды қабылдамайды');
    expect(kk.words).toEqual(['мектепке', 'баламды', 'қабылдамайды']);
    expect(analyse('Алматыда, Астанада и в Актобе отключили свет').words).toEqual(['отключили', 'свет']);
    // Words that only resemble a place stay: families (семей), payment (төлеу), a yard (аула).
    expect(analyse('пособие для многодетных семей').words).toContain('семей');
    expect(analyse('төлеу аулада').words).toEqual(['төлеу', 'аулада']);
  });

  it('reads Kazakh typed on a Russian keyboard as Kazakh and stems it so', () => {
    const a = analyse('аулада иттер коп балаларга шабуыл жасайды');
    expect(a.lang).toBe('kk');
    // «коп» is көп, a stop word, as typed.
    expect(a.stems).toEqual(['аула', 'ит', 'бала', 'шабуыл', 'жаса']);
  });
});

describe('features', () => {
  it('gives unit vectors in which a Kazakh text typed on a Russian keyboard is close to the proper one', () => {
    const texts = [
      'Жылыту маусымы қашан басталатынын сұрайды.',
      'Жылыту маусымы кашан басталатынын сурайды.',
      'Ауыз судың сапасына шағым.',
      'Ауыз судын сапасына шагым.',
    ];
    const docs = texts.map(analyse);
    const space = fitFeatures(docs, { minDf: 1 });
    const v = new Vectorizer(space);
    const xs = docs.map((d) => v.vectorizeAnalysed(d));
    const dot = (a: (typeof xs)[number], b: (typeof xs)[number]) => {
      const m = new Map<number, number>();
      a.idx.forEach((id, j) => m.set(id, a.val[j] as number));
      let s = 0;
      b.idx.forEach((id, j) => (s += (b.val[j] as number) * (m.get(id) ?? 0)));
      return s;
    };
    for (const x of xs) expect(dot(x, x)).toBeCloseTo(1, 5);
    const [proper, typed, water] = xs as [(typeof xs)[number], (typeof xs)[number], (typeof xs)[number]];
    expect(dot(proper, typed)).toBeGreaterThan(0.4);
    expect(dot(proper, water)).toBeLessThan(0.1);
  });
});
