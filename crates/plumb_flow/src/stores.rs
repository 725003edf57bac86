//! Stores that are sinks: `session["k"] = v`, `response.headers["X"] = v`,
//! `response["X"] = v`. A store into a value of type `T` is treated as the
//! call `T.__setitem__(key, value)` (or `T.__setattr__(name, value)` for
//! fields), so models declare these sinks like any other call.

use plumb_text::{Name, Span};

use crate::calls::{ArgValue, Receiver};
use crate::interp::Analysis;
use crate::state::State;
use crate::value::Value;

impl Analysis<'_, '_> {
    pub fn on_index_store(
        &mut self,
        state: &mut State,
        target: &Value,
        key: &Value,
        value: &Value,
        span: Span,
    ) {
        self.store_as_call(state, target, "__setitem__", key.clone(), value, span);
    }

    pub fn on_field_store(
        &mut self,
        state: &mut State,
        target: &Value,
        field: Name,
        value: &Value,
        span: Span,
    ) {
        let key = Value::constant(plumb_ir::Const::str(field.as_str()));
        self.store_as_call(state, target, "__setattr__", key, value, span);
    }

    fn store_as_call(
        &mut self,
        state: &mut State,
        target: &Value,
        method: &str,
        key: Value,
        value: &Value,
        span: Span,
    ) {
        let Some(ty) = target.ty else { return };
        let models = self.engine.models_for(self.language);
        let method = Name::new(method);
        for &owner in self.engine.supertypes(ty, self.language).iter() {
            let callee = owner.join(method.as_str());
            let found = models.function(callee);
            if found.is_empty() {
                continue;
            }
            let found = found.to_vec();
            let args = vec![
                ArgValue {
                    keyword: None,
                    value: key,
                    spread: false,
                    literal: false,
                    var: None,
                    path: None,
                },
                ArgValue {
                    keyword: None,
                    value: value.clone(),
                    spread: false,
                    literal: false,
                    var: None,
                    path: None,
                },
            ];
            let receiver = Receiver {
                operand: None,
                value: target.clone(),
            };
            self.model_call(state, callee, &found, Some(receiver), args, span);
            return;
        }
    }
}
