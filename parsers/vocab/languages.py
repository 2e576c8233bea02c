"""Languages told apart by their commonest short words (scripts decide ko, ja, zh, ru first)."""
from __future__ import annotations

# Languages told apart by their commonest short words (scripts decide ko, ja, zh, ru first).
STOPWORDS = {  # a word frequent in several of these languages is listed under each of them, or under none
    "en": "the and of to in is that for it was on with as are be by this have from at not but they his has",
    "pt": "que não uma os para com por mais das dos como mas foi ao ele na ela até isso também são pelo pela em"
          " seu sua quando já há sem porque sobre este entre do o da e",
    "es": "el los del las que por una con para como pero sus más fue ha también porque muy sobre y al lo su"
          " sin ya cuando según hay han este entre",
    "it": "il che di della per non una sono gli del dei nel alla anche come più questo delle degli ha è con da e",
    "fr": "le les des est une pour dans qui pas que sur avec sont ce ont mais aux ses cette leur été et du au"
          " il nous vous selon ne entre",
    "de": "der die und den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an wird",
    "id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke karena oleh ada mereka bisa",
}
