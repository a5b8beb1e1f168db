//! What one sentence does (`act`): states a deed, denies one, asks, invites, thanks, plans,
//! announces or promises — read in one pass over its lower-case words, its cases in the order
//! they decide (split apart, each would read the sentence again) — and what it says of the
//! letter itself (`OfTheLetter`: the information named, a paper awaiting its signature, a part
//! of the report). Pure.

use super::*;

/// What one sentence does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Act {
    /// States something done or in place.
    Report,
    Other(NotReport),
    /// States that something was not done ("експертизи не проводились"): no report on it, and
    /// nothing else either.
    Denial,
    /// Greetings, signatures, addresses, headings: nothing either way.
    Neutral,
    /// Names whose the plan's points are ("виконавцями пунктів 3, 4, 11 плану визначено
    /// управління …", "відділ є співвиконавцем лише пункту 5"): whom they are owed by, no
    /// answer on them.
    Designation,
    /// Promises after stating something not done ("заходи не проводились, склад буде
    /// переглянуто"): an answer, nothing done, on the measure a paragraph names, but for a
    /// whole mail the promise is what it does.
    DeniedThen(NotReport),
}

/// What a sentence does, from its form: the mark it ends with, the mood and tense of its
/// verbs, and whom it addresses.
pub(super) fn act(sentence: &str) -> Act {
    // Lower-case words of the sentence (lowered once, the words borrowed from it).
    let lower = crate::analysis::text::stem::lowercase(sentence);
    let w = crate::analysis::text::words(&lower);
    if w.is_empty() {
        return Act::Neutral;
    }
    // A mail program's line under the text ("Надіслано з iPhone", "Отправлено с мобильного",
    // "Sent from my Samsung"): the device sent the mail; it tells of no work.
    if w.len() <= 6
        && (is_sending(w[0]) || w[0] == "sent")
        && w.get(1)
            .is_some_and(|x| matches!(*x, "з" | "із" | "с" | "from"))
    {
        return Act::Neutral;
    }
    // The letter's byline ("Підготував: сектор з питань внутрішньої політики …, Мельник
    // О.І.", "Подготовила: …"): who prepared the letter, no work on a measure.
    if w.len() > 1
        && matches!(
            w[0],
            "підготував"
                | "підготувала"
                | "підготували"
                | "подготовил"
                | "подготовила"
                | "подготовили"
        )
        && lower
            .trim_start()
            .split_once(':')
            .is_some_and(|(head, _)| head.trim() == w[0])
    {
        return Act::Neutral;
    }
    // A person's name alone ("Ірина Шаповал", "Шаповал Ірина Петрівна"): a signature,
    // whatever the surname's ending ("-ал", "-ило") looks like.
    if is_a_name(sentence) {
        return Act::Neutral;
    }
    // A disclaimer or an antivirus stamp under the letter speaks of the mail, not of work.
    if is_notice_on_the_mail(&w) {
        return Act::Neutral;
    }
    // A topic put with its question after a colon ("3. Громадські експертизи діяльності
    // органів влади: що змінилося за рік.", an agenda's item, a section's title) asks what
    // was done; it tells nothing, unless what precedes the colon does.
    if let Some((_, tail)) = lower.split_once(':') {
        let first = tail
            .trim_start()
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        // (Not a question asked under its label: "У нас питання: чи потрібно …?".)
        if (is_interrogative(first)
            || matches!(first, "що" | "что" | "чому" | "почему" | "хто" | "кто"))
            && !(sentence.trim_end().ends_with('?') && is_labelled_question(&w, sentence))
            && sentence
                .split_once(':')
                .is_some_and(|(head, _)| act(head) == Act::Neutral)
        {
            return Act::Neutral;
        }
    }
    // A question ends with "?" — or is quoted whole: «Чи потрібно подавати?» (a title at the
    // end of a sentence, «… чи збереження?», is no question of the writer's).
    let t = sentence.trim();
    if t.ends_with('?')
        || (t.starts_with(['«', '„', '“', '"'])
            && t.trim_end_matches(['»', '“', '”', '"']).ends_with('?'))
    {
        return Act::Other(NotReport::Question);
    }
    // "Підкажіть, будь ласка, чи потрібно …", "Уточните, в какой форме …": a question put
    // as a request to tell, though it ends with a full stop.
    if let Some(i) = w.iter().take(4).position(|x| is_ask_to_tell(x))
        && w[i + 1..].iter().take(4).any(|x| is_interrogative(x))
    {
        return Act::Other(NotReport::Question);
    }
    // "І ще питання щодо п. 10: при громадській раді вже працює комісія …", "У нас питання:
    // чи потрібно …?": what follows a question's label is its premise, not a report (and
    // what follows its colon, the question).
    if is_labelled_question(&w, sentence) {
        return Act::Other(NotReport::Question);
    }
    // A sentence that opens with thanks thanks, whatever else it says ("Дякуємо, лист
    // отримали", "Висловлюємо щиру подяку …", "Выражаем благодарность …").
    // After the office's name ("Семенівська райдержадміністрація щиро дякує", "Ічнянська
    // районна державна адміністрація щиро дякує"), a verb of thanking only, with no deed
    // before it: "вручено подяки" is a deed.
    let thanks_verb = |x: &&str| {
        matches!(
            *x,
            "дякує" | "дякуємо" | "дякують" | "благодарит" | "благодарим" | "благодарят"
        )
    };
    let thanks_after_a_name = || {
        w.iter()
            .take(7)
            .position(thanks_verb)
            .is_some_and(|at| at >= 3 && !w[..at].iter().any(|x| is_done(x)))
    };
    if w.iter().take(3).any(|x| is_thanks(x)) || thanks_after_a_name() {
        return Act::Other(NotReport::Thanks);
    }
    // A past tense about the correspondence itself ("лист отримали", "ваш запит получен")
    // confirms receipt; it reports no work on a measure.
    let about_mail = w.len() <= 4
        || w.iter().any(|x| {
            [
                "лист",
                "запит",
                "нагадув",
                "письм",
                "запрос",
                "напомин",
                "ваш",
            ]
            .iter()
            .any(|p| x.starts_with(p))
        });
    if about_mail
        && w.iter().any(|x| is_receipt(x))
        && !w.iter().any(|x| is_done(x) && !is_receipt(x))
    {
        return Act::Other(NotReport::Thanks);
    }
    // Plans ("заплановано проведення", "планується", "планируем") and a change of the
    // person who handles measures ("контактною особою … тепер є …") announce; a plan is no
    // work done, whatever participle it takes.
    // (A person named among other deeds — "на запит експертів надано 23 документи, визначено
    // відповідальну особу" — is one deed of several, no change announced.)
    let changes_contact = || {
        is_contact_change(&w)
            && !(0..w.len()).any(|k| is_done(w[k]) && !is_designating(w[k]) && !is_negated(&w, k))
    };
    if plans_an_act(&w) {
        // "Інтернет-форум створено …; модерацію форуму планується передати Громадській раді":
        // a deed stated on its own, before a semicolon, stands; the plan after it is what
        // comes next. (Not a deed joined to its plan by a comma: "технічне завдання погодили
        // з УВП, запуск плануємо в лютому" prepares what is planned.)
        // (The plan's part is the first that names a plan, what is foreseen or the future.)
        let plans = |cw: &[&str]| {
            cw.iter()
                .any(|x| is_plan(x) || is_foreseen(x) || is_future(std::slice::from_ref(x)))
        };
        let letter = OfTheLetter::read(&w, sentence);
        if deed_before(&lower, &[';'], letter, plans) && !changes_contact() {
            return Act::Report;
        }
        return Act::Other(NotReport::Announcement);
    }
    if changes_contact() {
        return Act::Other(NotReport::Announcement);
    }
    if w.iter().any(|x| is_invite(x)) && has_time_or_date(sentence) {
        return Act::Other(NotReport::Invitation);
    }
    // "Просимо продовжити термін", "прошу переслати": a request to the reader.
    if let Some(i) = w.iter().position(|x| is_ask(x))
        && w[i + 1..].iter().take(4).any(|x| is_infinitive(x))
    {
        return Act::Other(NotReport::Request);
    }
    // Where the sentence turns to the future.
    let future_at = w
        .iter()
        .position(|x| is_future(std::slice::from_ref(x)))
        .unwrap_or(w.len());
    if future_at < w.len() {
        // "Громадській раді рекомендовано утворити робочу групу (лист від …), питання буде
        // розглянуто у січні": a deed in a clause of its own, before the one that turns to
        // the future, stands; the promise after it is what comes next.
        // (Read of the whole sentence: "… (пп. 1, 6) підготовлено, вона знаходиться на
        // підписі …" awaits its signature in the clause after the deed.)
        // (Not after the information promised whose paper awaits its signature: "Інформацію
        // (пп. 1, 6) підготовлено — слухання проведені, матеріали на підписі у голови,
        // надішлемо до 18.12" tells what the coming report will say; a deed before the
        // information is named — "По п. 6 проведено обговорення, інформація по п. 9 на
        // підписі" — stands.)
        let letter = OfTheLetter::read(&w, sentence);
        let told = match information_at(&lower) {
            Some(at) if letter.awaits_signature && promises_information(&w, future_at) => {
                &lower[..at]
            }
            _ => &lower,
        };
        if deed_before(told, &[',', ';'], letter, |cw| {
            cw.iter().any(|x| is_future(std::slice::from_ref(x)))
        }) {
            return Act::Report;
        }
        // A coming event ("семінар відбудеться") announces; the writer's own future deed
        // ("надамо", "буде надіслана") promises.
        let what = if w.iter().any(|x| is_event_future(x)) {
            NotReport::Announcement
        } else {
            NotReport::Promise
        };
        // Something denied before the sentence turns to a promise of work (not of the
        // information itself: "заходи ще не проводились, інформацію буде надано до 20.12"
        // puts the answer off).
        let denied = (0..future_at).any(|k| is_done(w[k]) && is_negated(&w, k));
        return if denied && what == NotReport::Promise && !promises_information(&w, future_at) {
            Act::DeniedThen(what)
        } else {
            Act::Other(what)
        };
    }
    // An event put off to a later day has not taken place: said of a measure, that is what
    // was not done ("громадські слухання перенесено на 18 червня") — unless the sentence
    // tells of another deed as well. (A sentence that turns to the future was read above.)
    if is_put_off(&w) && !w.iter().any(|x| is_done(x) && !is_putting_off(x)) {
        return Act::Denial;
    }
    // A verb of something done counts unless it is denied ("не проводились", "не було
    // проведено", "не поступало"), or it only gives a cause ("пишу з особистої скриньки,
    // бо на роботі відключили інтернет") or a source ("Направляю …, как просили по
    // телефону").
    let clauses = || lower.split_inclusive([',', ';', '(', ')']);
    let cause = |clause: &str| {
        let cw = crate::analysis::text::words(clause);
        gives_a_cause(&cw) || is_an_as_aside(&cw)
    };
    // (Most sentences give no cause: their words are read once.)
    let main: String;
    let w = if clauses().any(cause) {
        main = clauses().filter(|clause| !cause(clause)).collect();
        crate::analysis::text::words(&main)
    } else {
        w
    };
    let letter = OfTheLetter::read(&w, sentence);
    // What the plan lays down ("У Плані заходів … виконавцями пунктів 2 та 8 визначено
    // структурні підрозділи"): the plan's content, no deed of the writer's.
    let of_the_plan = speaks_of_the_plan(&w);
    let mut denied = false;
    let mut designates = false;
    for (k, x) in w.iter().enumerate() {
        // (So does a clause that names whom the plan makes executor: "щодо пунктів 1, 6 Плану,
        // виконавцем яких визначено райдержадміністрації".)
        if is_laying_down(x) {
            let executor = names_the_executor(&w, k);
            if of_the_plan || executor {
                designates |= executor;
                continue;
            }
        }
        // "…є співвиконавцем лише пункту 5", "является исполнителем пункта 9". (Not "не
        // является исполнителем": the office's word that the points are not its own.)
        designates |= k > 0
            && matches!(w[k - 1], "є" | "является" | "являється")
            && !(k > 1 && w[k - 2] == "не")
            && is_executor_noun(x);
        // Membership in place: "з березня є членом колегії", "является членом совета".
        let member = *x == "членом"
            && k > 0
            && matches!(
                w[k - 1],
                "є" | "является" | "являється" | "обрано" | "обраний"
            );
        // "Експертиз громадських не було": the absence of the thing denies it was done.
        let none_was = k > 0 && w[k - 1] == "не" && matches!(*x, "було" | "були" | "было" | "были");
        if none_was {
            denied = true;
            continue;
        }
        if !is_done(x) && !member {
            continue;
        }
        if works_on_the_letter(&w, k, k, letter) {
            continue;
        }
        if !is_negated(&w, k) {
            return Act::Report;
        }
        denied = true;
    }
    if denied {
        return Act::Denial;
    }
    if designates {
        return Act::Designation;
    }
    Act::Neutral
}

/// Does a sentence (lower case) state a deed in a clause of its own (split at `marks`) before
/// the first clause that `turns` (to the future, to a plan)? A subordinate clause ("як було
/// зазначено", "оскільки план затверджено") gives the reason or the source, not a deed of
/// its own.
fn deed_before(
    lower: &str,
    marks: &[char],
    letter: OfTheLetter,
    turns: impl Fn(&[&str]) -> bool,
) -> bool {
    const SUBORDINATE: &[&str] = &[
        "як",
        "оскільки",
        "що",
        "враховуючи",
        "зважаючи",
        "відповідно",
        "згідно",
        "хоча",
        "так",
        "как",
        "поскольку",
        "что",
        "учитывая",
        "согласно",
        "хотя",
    ];
    // (Where each clause's words start among the sentence's: `letter` counts in those.)
    let mut offset = 0;
    for clause in lower.split(marks) {
        let cw = crate::analysis::text::words(clause);
        let at = offset;
        offset += cw.len();
        if turns(&cw) {
            return false;
        }
        if cw.first().is_some_and(|x| SUBORDINATE.contains(x)) {
            continue;
        }
        if (0..cw.len()).any(|k| {
            is_done(cw[k]) && !is_negated(&cw, k) && !works_on_the_letter(&cw, k, at + k, letter)
        }) {
            return true;
        }
    }
    false
}

/// Is a sentence only a person's name: one to three words, each a capital followed by small
/// letters, with initials or beside each other ("Ірина Шаповал", "Шаповал І.В.", "Шаповал
/// Ірина Петрівна")?
fn is_a_name(sentence: &str) -> bool {
    let t = sentence.trim();
    if t.len() > 80 || t.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ':' | ';')) {
        return false;
    }
    let words = crate::analysis::text::words(t);
    let title = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase)
            && c.clone().count() >= 2
            && c.all(|x| x.is_lowercase() || matches!(x, '-' | '\'' | '’'))
    };
    // (Initials: "І.В." are words of one capital.)
    let initial = |w: &str| w.chars().count() == 1 && w.chars().all(char::is_uppercase);
    let named = words.iter().filter(|w| title(w)).count();
    (1..=3).contains(&named)
        && (2..=4).contains(&words.len())
        && words.iter().all(|w| title(w) || initial(w))
        // (Not a deed's participle in capitals: "Створено Раду".)
        && !words.iter().any(|w| {
            PARTICIPLE_ENDINGS
                .iter()
                .any(|e| w.ends_with(e))
        })
}

/// Is the deed at `k` of a sentence's words work on the letter itself rather than on a
/// measure? `letter`: what the whole sentence says of the letter.
fn works_on_the_letter(w: &[&str], k: usize, at: usize, letter: OfTheLetter) -> bool {
    let x = w[k];
    // "Сведения от подразделений собраны пока не в полном объеме": gathering the information
    // for the report is work on the letter, not on a measure; so is sending it ("Інформацію
    // по сайту надсилали 24.05 окремим листом").
    // Setting it out somewhere is the letter too ("Інформацію за пп. 7, 9, 12 наведено в
    // таблиці").
    // So is signing it ("інформацію підписано першим заступником голови").
    (letter.names_the_information
        && (is_gathering(x)
            || is_setting_out(x)
            || is_signing(x)
            || ((is_sending(x) || is_giving(x)) && says_elsewhere(w))))
        // "Раніше поінформовано листом від 13.06.2013 № 01-27/912 щодо пп. 1–12": informed
        // by a letter sent before — that letter is the answer. (Said in words: "поінформовано
        // листом від 12.04.2013 громадські організації" is informing the public.)
        || (is_informing(x)
            && w[k + 1..]
                .iter()
                .take(3)
                .any(|y| matches!(*y, "листом" | "письмом"))
            && says_before_in_words(w))
        // "Першу частину (пп. 1, 2, 7, 8) надіслано 07.06.2013", "Ми 07.12 надіслали першу
        // частину інформації": a part of the report sent, whenever, is the letter.
        || ((is_sending(x) || is_giving(x)) && letter.names_a_part)
        // "(оригінал надіслано поштою)": the letter's own original on its way.
        || (is_sending(x) && w.iter().any(|y| is_original(y)))
        // "Лист надіслано лише в електронному вигляді": the letter itself, sent in the form
        // it came in (the letter named before the verb).
        || (is_sending(x) && letter.sent_in_its_form.is_some_and(|l| l < at))
        // "По пунктам 1, 6, 9 материалы подготовлены и находятся на подписи": a paper
        // prepared that still awaits its signature is the letter on its way.
        || (is_preparing(x) && letter.awaits_signature)
        // "Інформацію за І півріччя підготовлено — обговорення проведено, до складу колегії
        // введено …, — але матеріали зараз на підписі": what the information prepared and
        // awaiting its signature says is the coming report's content.
        || letter.prepared_information_at.is_some_and(|p| p < at)
        // "… районна державна адміністрація на виконання розпорядження … направляє:": sending
        // or giving what follows the colon is the letter handing itself over.
        || (letter.opens_a_list
            && k + 1 == w.len()
            && (is_sending(x) || x.starts_with("нада") || x.starts_with("пода")))
}

/// Where a sentence names this letter beside its own form ("Лист надіслано лише в
/// електронному вигляді", "Письмо направлено только в электронном виде"): the index of the
/// letter's word ("лист", "письмо", "документ" in the nominative), when a word of the form
/// ("електронному", "вигляді", "виде") stands in the sentence too.
fn letter_in_its_form(w: &[&str]) -> Option<usize> {
    let form = w.iter().any(|y| {
        matches!(*y, "вигляді" | "виде") || y.starts_with("електрон") || y.starts_with("электрон")
    });
    if !form {
        return None;
    }
    w.iter()
        .position(|y| matches!(*y, "лист" | "письмо" | "документ"))
}

/// What a sentence says of the letter itself, read once for all its deeds.
#[derive(Debug, Clone, Copy)]
struct OfTheLetter {
    /// It names the information (the report): "інформацію надсилали окремим листом".
    names_the_information: bool,
    /// Its paper awaits a signature or an approval: "знаходиться на підписі".
    awaits_signature: bool,
    /// It names a part of the report: "першу частину інформації", "Частина 2".
    names_a_part: bool,
    /// Where it names the information as prepared while its paper awaits a signature
    /// ("Інформацію … підготовлено …, але матеріали на підписі"): the preparing word.
    prepared_information_at: Option<usize>,
    /// It ends with a colon: what it says introduces what follows.
    opens_a_list: bool,
    /// It names this letter (at that word) beside its form: "Лист надіслано лише в
    /// електронному вигляді".
    sent_in_its_form: Option<usize>,
}

impl OfTheLetter {
    /// Reads a sentence and its lower-case words.
    fn read(w: &[&str], sentence: &str) -> Self {
        OfTheLetter {
            names_the_information: names_the_information(w),
            awaits_signature: awaits_signature(w),
            names_a_part: names_a_part_of_the_report(w),
            prepared_information_at: prepared_information_at(w),
            opens_a_list: sentence.trim_end().ends_with(':'),
            sent_in_its_form: letter_in_its_form(w),
        }
    }
}

/// Does a sentence open with a question's label and a colon ("І ще питання щодо п. 10:",
/// "У нас питання:", "У меня вопрос:")? `w`: its words in lower case.
fn is_labelled_question(w: &[&str], sentence: &str) -> bool {
    // (What stands before the colon labels and does nothing: "Запитання громадян розглянуто
    // на прийомі: …" is a deed. The head's reading, the dearer test, last.)
    let head_does_nothing = || {
        sentence
            .split_once(':')
            .is_some_and(|(head, _)| act(head) != Act::Report)
    };
    w.iter()
        .take(4)
        .position(|x| matches!(*x, "питання" | "запитання" | "вопрос"))
        .is_some_and(|q| {
            w[..q].iter().all(|x| {
                matches!(
                    *x,
                    "і" | "и"
                        | "й"
                        | "ще"
                        | "також"
                        | "еще"
                        | "также"
                        | "є"
                        | "есть"
                        | "у"
                        | "в"
                        | "нас"
                        | "мене"
                        | "меня"
                        | "таке"
                        | "такое"
                )
            })
        })
        && head_does_nothing()
}
