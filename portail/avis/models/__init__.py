from .committees import Committee, CommitteeMember, CommitteeSession, Registration
from .feedback import FeedbackStatus, FeedbackTopic, Reclamation, Suggestion
from .questionnaires import Condition, Invitation, Question, Questionnaire
from .responses import Answer, ParticipationMarker, Response, ResponseDraft

__all__ = [
    "Answer",
    "Committee",
    "CommitteeMember",
    "CommitteeSession",
    "Condition",
    "FeedbackStatus",
    "FeedbackTopic",
    "Invitation",
    "ParticipationMarker",
    "Question",
    "Questionnaire",
    "Reclamation",
    "Registration",
    "Response",
    "ResponseDraft",
    "Suggestion",
]
