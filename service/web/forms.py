"""Forms for the pages. Labels and help live in the templates; these only validate input."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm

from service.conversation import MAX_ANSWER


class LoginForm(AuthenticationForm):
    """Django's sign-in form with autocomplete hints so password managers and paste work
    (WCAG 3.3.8: no memory test, no copy blocking, no puzzle)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs.update(
            {"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"}
        )
        self.fields["password"].widget.attrs.update({"autocomplete": "current-password"})


class AnswerForm(forms.Form):
    question_id = forms.CharField(max_length=100, widget=forms.HiddenInput)
    text = forms.CharField(max_length=MAX_ANSWER, required=False)
    choice = forms.CharField(max_length=200, required=False)


class StartForm(forms.Form):
    audience = forms.ChoiceField(choices=[("person", "person"), ("carer", "carer")])


class UploadForm(forms.Form):
    document = forms.FileField()
