//! Constant folding: arithmetic, comparisons, string building and the common
//! string methods, over sets of possible constants.

use std::sync::Arc;

use plumb_ir::{BinOp, Const, Language, UnOp};

use crate::value::Konst;

/// Cartesian application over both operands' possible values; `None` from
/// `f` (or too many results) makes the result unknown.
fn lift2(a: &Konst, b: &Konst, f: impl Fn(&Const, &Const) -> Option<Const>) -> Konst {
    let (Konst::OneOf(xs), Konst::OneOf(ys)) = (a, b) else {
        return Konst::Unknown;
    };
    let mut out: Option<Konst> = None;
    for x in xs {
        for y in ys {
            let Some(value) = f(x, y) else {
                return Konst::Unknown;
            };
            let single = Konst::single(value);
            out = Some(match out {
                Some(acc) => acc.join(&single),
                None => single,
            });
            if matches!(out, Some(Konst::Unknown)) {
                return Konst::Unknown;
            }
        }
    }
    out.unwrap_or(Konst::Unknown)
}

pub fn lift1(a: &Konst, f: impl Fn(&Const) -> Option<Const>) -> Konst {
    let Konst::OneOf(xs) = a else {
        return Konst::Unknown;
    };
    let mut out: Option<Konst> = None;
    for x in xs {
        let Some(value) = f(x) else {
            return Konst::Unknown;
        };
        let single = Konst::single(value);
        out = Some(match out {
            Some(acc) => acc.join(&single),
            None => single,
        });
    }
    out.unwrap_or(Konst::Unknown)
}

/// How a constant prints when concatenated into a string.
pub fn to_text(value: &Const, language: Language) -> String {
    match (value, language) {
        (Const::Str(text), _) => text.to_string(),
        // A function joined to text prints its code, which is not known here.
        (Const::Func { .. }, _) => "[function]".to_owned(),
        (Const::Int(n), _) => n.to_string(),
        (Const::Float(f), Language::Java) => {
            if f.fract() == 0.0 && f.abs() < 1e7 {
                format!("{f:.1}")
            } else {
                f.to_string()
            }
        }
        (Const::Float(f), Language::Python | Language::Ruby) => {
            if f.fract() == 0.0 && f.abs() < 1e16 {
                format!("{f:.1}")
            } else {
                f.to_string()
            }
        }
        // JavaScript numbers, and Go's `%v`, print without a fractional part when they have none.
        (
            Const::Float(f),
            Language::JavaScript
            | Language::TypeScript
            | Language::Go
            | Language::Php
            | Language::CSharp
            | Language::Rust,
        ) => {
            if f.fract() == 0.0 && f.abs() < 1e21 {
                format!("{f:.0}")
            } else {
                f.to_string()
            }
        }
        (
            Const::Bool(b),
            Language::Java
            | Language::JavaScript
            | Language::TypeScript
            | Language::Go
            | Language::Ruby
            | Language::Rust,
        ) => b.to_string(),
        // C# prints booleans capitalised.
        (Const::Bool(true), Language::CSharp) => "True".into(),
        (Const::Bool(false), Language::CSharp) => "False".into(),
        // C# concatenates `null` as nothing; Rust has no null.
        (Const::Null, Language::CSharp | Language::Rust) => String::new(),
        (Const::Bool(true), Language::Python) => "True".into(),
        (Const::Bool(false), Language::Python) => "False".into(),
        (Const::Null, Language::Java | Language::JavaScript | Language::TypeScript) => {
            "null".into()
        }
        (Const::Null, Language::Python) => "None".into(),
        (Const::Null, Language::Go) => "<nil>".into(),
        // `"#{nil}"` is empty.
        (Const::Null, Language::Ruby) => String::new(),
        // PHP prints `true` as "1" and `false` and `null` as "".
        (Const::Bool(true), Language::Php) => "1".into(),
        (Const::Bool(false) | Const::Null, Language::Php) => String::new(),
    }
}

pub fn truthiness(value: &Const, language: Language) -> Option<bool> {
    Some(match value {
        Const::Bool(b) => *b,
        Const::Null => false,
        // Java and Go conditions are booleans; the dynamic languages test any value.
        Const::Int(n) if !language.is_statically_typed() => *n != 0,
        Const::Float(f) if !language.is_statically_typed() => *f != 0.0,
        Const::Str(s) if !language.is_statically_typed() => !s.is_empty(),
        _ => return None,
    })
}

/// Whether every possible value is truthy (`Some(true)`), falsy, or unknown.
pub fn konst_truth(konst: &Konst, language: Language) -> Option<bool> {
    let values = konst.values();
    let first = truthiness(values.first()?, language)?;
    for value in &values[1..] {
        if truthiness(value, language)? != first {
            return None;
        }
    }
    Some(first)
}

fn as_f64(value: &Const) -> Option<f64> {
    match value {
        Const::Int(n) => Some(*n as f64),
        Const::Float(f) => Some(*f),
        Const::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => None,
    }
}

fn as_i64(value: &Const) -> Option<i64> {
    match value {
        Const::Int(n) => Some(*n),
        Const::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}

/// Text that names library constants (`LIBXML_NOENT`, `A|B`).
fn names_flags(text: &str) -> bool {
    text.split('|').all(|part| {
        let last = part.rsplit('.').next().unwrap_or(part);
        !last.is_empty()
            && last
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            && last.chars().any(|c| c.is_ascii_uppercase())
    })
}

fn consts_equal(x: &Const, y: &Const) -> bool {
    match (x, y) {
        (Const::Str(a), Const::Str(b)) => a == b,
        (Const::Null, Const::Null) => true,
        _ => match (as_f64(x), as_f64(y)) {
            (Some(a), Some(b)) => a == b,
            _ => false,
        },
    }
}

pub fn binary(op: BinOp, a: &Konst, b: &Konst, language: Language) -> Konst {
    lift2(a, b, |x, y| binary_const(op, x, y, language))
}

fn binary_const(op: BinOp, x: &Const, y: &Const, language: Language) -> Option<Const> {
    use BinOp::*;
    if op == Add {
        if let (Const::Str(_), _) | (_, Const::Str(_)) = (x, y) {
            if language == Language::Python
                && !(matches!(x, Const::Str(_)) && matches!(y, Const::Str(_)))
            {
                return None;
            }
            let text = to_text(x, language) + &to_text(y, language);
            return Some(Const::Str(Arc::from(text)));
        }
    }
    if op == Mul && language == Language::Python {
        if let (Const::Str(s), Const::Int(n)) | (Const::Int(n), Const::Str(s)) = (x, y) {
            if (0..=1024).contains(n) && s.len() * (*n as usize) <= 4096 {
                return Some(Const::Str(Arc::from(s.repeat(*n as usize))));
            }
            return None;
        }
    }
    // Unknown library flags (`LIBXML_NOENT | LIBXML_DTDLOAD`), which stand
    // for their names: the set of names, joined by `|`.
    if op == BitOr {
        if let (Const::Str(a), Const::Str(b)) = (x, y) {
            if names_flags(a) && names_flags(b) {
                return Some(Const::str(&format!("{a}|{b}")));
            }
            return None;
        }
    }
    match op {
        Eq | Is => return Some(Const::Bool(consts_equal(x, y))),
        NotEq | IsNot => return Some(Const::Bool(!consts_equal(x, y))),
        In | NotIn => {
            if let (Const::Str(needle), Const::Str(hay)) = (x, y) {
                let found = hay.contains(needle.as_ref());
                return Some(Const::Bool(if op == In { found } else { !found }));
            }
            return None;
        }
        And | Or => {
            let (tx, ty) = (truthiness(x, language)?, truthiness(y, language)?);
            return Some(Const::Bool(if op == And { tx && ty } else { tx || ty }));
        }
        Lt | LtEq | Gt | GtEq => {
            let (a, b) = match (x, y) {
                (Const::Str(a), Const::Str(b)) => {
                    let ordering = a.cmp(b);
                    return Some(Const::Bool(match op {
                        Lt => ordering.is_lt(),
                        LtEq => ordering.is_le(),
                        Gt => ordering.is_gt(),
                        _ => ordering.is_ge(),
                    }));
                }
                _ => (as_f64(x)?, as_f64(y)?),
            };
            return Some(Const::Bool(match op {
                Lt => a < b,
                LtEq => a <= b,
                Gt => a > b,
                _ => a >= b,
            }));
        }
        _ => {}
    }
    if let (Some(a), Some(b)) = (as_i64(x), as_i64(y)) {
        let result = match op {
            Add => a.checked_add(b)?,
            Sub => a.checked_sub(b)?,
            Mul => a.checked_mul(b)?,
            Div => {
                if b == 0 {
                    return None;
                }
                // Integer division truncates in Java and Go only.
                if !language.is_statically_typed() {
                    return Some(Const::Float(a as f64 / b as f64));
                }
                a.checked_div(b)?
            }
            Mod => {
                if b == 0 {
                    return None;
                }
                if language == Language::Python {
                    a.rem_euclid(b)
                } else {
                    a.checked_rem(b)?
                }
            }
            Pow => a.checked_pow(u32::try_from(b).ok()?)?,
            BitAnd => a & b,
            BitOr => a | b,
            BitXor => a ^ b,
            Shl => a.checked_shl(u32::try_from(b).ok()?)?,
            Shr => a.checked_shr(u32::try_from(b).ok()?)?,
            _ => return None,
        };
        return Some(Const::Int(result));
    }
    let (a, b) = (as_f64(x)?, as_f64(y)?);
    Some(Const::Float(match op {
        Add => a + b,
        Sub => a - b,
        Mul => a * b,
        Div if b != 0.0 => a / b,
        _ => return None,
    }))
}

pub fn unary(op: UnOp, a: &Konst, language: Language) -> Konst {
    lift1(a, |x| match (op, x) {
        (UnOp::Not, _) => truthiness(x, language).map(|t| Const::Bool(!t)),
        (UnOp::Neg, Const::Int(n)) => n.checked_neg().map(Const::Int),
        (UnOp::Neg, Const::Float(f)) => Some(Const::Float(-f)),
        (UnOp::BitNot, Const::Int(n)) => Some(Const::Int(!n)),
        _ => None,
    })
}

/// Java `String`/Python `str`/Ruby `String` methods on constants. `None`: not a folded method.
pub fn string_method(name: &str, receiver: &str, args: &[Option<&Const>]) -> Option<Const> {
    let text = |i: usize| match args.get(i) {
        Some(Some(Const::Str(s))) => Some(s.as_ref()),
        _ => None,
    };
    let int = |i: usize| match args.get(i) {
        Some(Some(Const::Int(n))) => Some(*n),
        _ => None,
    };
    let string = |s: String| Some(Const::Str(Arc::from(s)));
    match (name, args.len()) {
        ("toUpperCase" | "upper" | "upcase", 0) => string(receiver.to_uppercase()),
        ("toLowerCase" | "lower" | "casefold" | "downcase", 0) => string(receiver.to_lowercase()),
        // Java case mapping in a locale whose rules are the root ones; others
        // (Turkish dotted i) may map differently.
        ("toUpperCase", 1) if text(0).is_some_and(is_root_case_locale) => {
            string(receiver.to_uppercase())
        }
        ("toLowerCase", 1) if text(0).is_some_and(is_root_case_locale) => {
            string(receiver.to_lowercase())
        }
        ("trim" | "strip", 0) => string(receiver.trim().to_owned()),
        ("lstrip", 0) => string(receiver.trim_start().to_owned()),
        ("rstrip", 0) => string(receiver.trim_end().to_owned()),
        ("toString" | "intern" | "valueOf", 0) => string(receiver.to_owned()),
        // Ruby's `"text".freeze`: the same text, immutable.
        ("freeze" | "dup" | "itself", 0) => string(receiver.to_owned()),
        ("length", 0) => Some(Const::Int(receiver.chars().count() as i64)),
        ("isEmpty", 0) => Some(Const::Bool(receiver.is_empty())),
        ("concat", 1) => string(format!("{receiver}{}", text(0)?)),
        ("replace", 2) => string(receiver.replace(text(0)?, text(1)?)),
        ("substring", 1) => {
            let start = usize::try_from(int(0)?).ok()?;
            string(receiver.chars().skip(start).collect())
        }
        ("substring", 2) => {
            let start = usize::try_from(int(0)?).ok()?;
            let end = usize::try_from(int(1)?).ok()?;
            string(
                receiver
                    .chars()
                    .skip(start)
                    .take(end.checked_sub(start)?)
                    .collect(),
            )
        }
        // C#'s `Substring(start, length)`.
        ("Substring", 1) => {
            let start = usize::try_from(int(0)?).ok()?;
            string(receiver.chars().skip(start).collect())
        }
        ("Substring", 2) => {
            let start = usize::try_from(int(0)?).ok()?;
            let length = usize::try_from(int(1)?).ok()?;
            string(receiver.chars().skip(start).take(length).collect())
        }
        ("charAt", 1) => {
            let at = usize::try_from(int(0)?).ok()?;
            string(receiver.chars().nth(at)?.to_string())
        }
        ("equals", 1) => Some(Const::Bool(receiver == text(0)?)),
        ("equalsIgnoreCase", 1) => Some(Const::Bool(receiver.eq_ignore_ascii_case(text(0)?))),
        ("startsWith" | "startswith", 1) => Some(Const::Bool(receiver.starts_with(text(0)?))),
        ("endsWith" | "endswith", 1) => Some(Const::Bool(receiver.ends_with(text(0)?))),
        ("contains", 1) => Some(Const::Bool(receiver.contains(text(0)?))),
        ("indexOf" | "find", 1) => Some(Const::Int(
            receiver
                .find(text(0)?)
                .map_or(-1, |at| receiver[..at].chars().count() as i64),
        )),
        _ => None,
    }
}

/// `java.util.Locale` constants whose case mapping is the locale-neutral one.
fn is_root_case_locale(locale: &str) -> bool {
    matches!(
        locale,
        "java.util.Locale.ROOT"
            | "java.util.Locale.ENGLISH"
            | "java.util.Locale.US"
            | "java.util.Locale.UK"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(values: &[Const]) -> Konst {
        Konst::OneOf(values.iter().cloned().collect())
    }

    #[test]
    fn folds_arithmetic_and_comparisons_over_sets() {
        let seven_times = binary(
            BinOp::Mul,
            &k(&[Const::Int(7)]),
            &k(&[Const::Int(18)]),
            Language::Java,
        );
        let sum = binary(
            BinOp::Add,
            &seven_times,
            &k(&[Const::Int(106)]),
            Language::Java,
        );
        assert_eq!(sum, k(&[Const::Int(232)]));
        let test = binary(BinOp::Gt, &sum, &k(&[Const::Int(200)]), Language::Java);
        assert_eq!(konst_truth(&test, Language::Java), Some(true));
        // Either of two values: the comparison holds for both, so it is still known.
        let either = k(&[Const::Int(1), Const::Int(2)]);
        let small = binary(BinOp::Lt, &either, &k(&[Const::Int(5)]), Language::Java);
        assert_eq!(konst_truth(&small, Language::Java), Some(true));
        let mixed = binary(BinOp::Lt, &either, &k(&[Const::Int(2)]), Language::Java);
        assert_eq!(konst_truth(&mixed, Language::Java), None);
    }

    #[test]
    fn division_and_modulo_follow_each_language() {
        let java = binary(
            BinOp::Div,
            &k(&[Const::Int(7)]),
            &k(&[Const::Int(2)]),
            Language::Java,
        );
        assert_eq!(java, k(&[Const::Int(3)]));
        let python = binary(
            BinOp::Div,
            &k(&[Const::Int(7)]),
            &k(&[Const::Int(2)]),
            Language::Python,
        );
        assert_eq!(python, k(&[Const::Float(3.5)]));
        let modulo = binary(
            BinOp::Mod,
            &k(&[Const::Int(-7)]),
            &k(&[Const::Int(3)]),
            Language::Python,
        );
        assert_eq!(modulo, k(&[Const::Int(2)]));
        let by_zero = binary(
            BinOp::Div,
            &k(&[Const::Int(1)]),
            &k(&[Const::Int(0)]),
            Language::Java,
        );
        assert_eq!(by_zero, Konst::Unknown);
    }

    #[test]
    fn string_concatenation_prints_values_per_language() {
        let java = binary(
            BinOp::Add,
            &k(&[Const::str("n=")]),
            &k(&[Const::Bool(true)]),
            Language::Java,
        );
        assert_eq!(java.as_single_str(), Some("n=true"));
        // Python refuses to add str and bool; the result is unknown, not a guess.
        let python = binary(
            BinOp::Add,
            &k(&[Const::str("n=")]),
            &k(&[Const::Bool(true)]),
            Language::Python,
        );
        assert_eq!(python, Konst::Unknown);
        assert_eq!(to_text(&Const::Null, Language::Python), "None");
    }

    #[test]
    fn string_methods_fold() {
        let c = |s: &str| Const::str(s);
        assert_eq!(
            string_method("charAt", "ABC", &[Some(&Const::Int(1))]),
            Some(c("B"))
        );
        assert_eq!(
            string_method(
                "substring",
                "hello",
                &[Some(&Const::Int(1)), Some(&Const::Int(3))]
            ),
            Some(c("el"))
        );
        assert_eq!(
            string_method("replace", "a-b", &[Some(&c("-")), Some(&c("+"))]),
            Some(c("a+b"))
        );
        assert_eq!(string_method("upper", "md5", &[]), Some(c("MD5")));
        assert_eq!(string_method("nosuch", "x", &[]), None);
        assert_eq!(
            string_method(
                "substring",
                "abc",
                &[Some(&Const::Int(5)), Some(&Const::Int(1))]
            ),
            None
        );
    }

    #[test]
    fn truthiness_is_unknown_when_values_disagree() {
        let both = k(&[Const::str(""), Const::str("x")]);
        assert_eq!(konst_truth(&both, Language::Python), None);
        assert_eq!(
            konst_truth(&k(&[Const::str("")]), Language::Python),
            Some(false)
        );
        // Java has no string truthiness.
        assert_eq!(konst_truth(&k(&[Const::str("x")]), Language::Java), None);
    }
}
