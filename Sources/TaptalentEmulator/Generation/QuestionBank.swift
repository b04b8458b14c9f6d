/// The phrasings generated questions are built from. Placeholders: `{role}`, `{skill}`, `{job}`, `{place}`,
/// `{purpose}`. Each template carries the time it suggests and what a strong answer covers.
struct QuestionTemplate: Sendable {
    var text: String
    var timeLimit: Int
    var idealAnswer: String
}

enum QuestionBank {
    /// Asked once per skill.
    static let skill: [QuestionTemplate] = [
        .init(
            text: "Walk me through a recent piece of work where {skill} made the difference. What was your part, and how did it turn out?",
            timeLimit: 180,
            idealAnswer: "Names a concrete piece of work that relied on {skill}, separates the candidate's own decisions from the team's, and describes a measurable result."
        ),
        .init(
            text: "What is a common mistake people make with {skill}, and how do you avoid it in your own work as a {role}?",
            timeLimit: 150,
            idealAnswer: "Names a specific, realistic mistake with {skill}, explains why it happens, and gives a habit or check the candidate actually uses to prevent it."
        ),
        .init(
            text: "Imagine a new colleague is struggling with {skill}. How would you help them get up to speed in their first month?",
            timeLimit: 150,
            idealAnswer: "Lays out a structured plan: find the gap, pair on or review real work, point to good resources, and check progress, staying patient and specific."
        ),
        .init(
            text: "How have you kept your {skill} skills current over the last year? Give an example of something you changed in how you work.",
            timeLimit: 120,
            idealAnswer: "Gives a recent, concrete example of learning (a course, a project, feedback) and the change it led to in day-to-day work with {skill}."
        ),
        .init(
            text: "Describe a situation where {skill} alone was not enough to solve a problem. What else did you need, and how did you get it?",
            timeLimit: 180,
            idealAnswer: "Shows judgement about the limits of {skill}: recognises what was missing (people, data, another skill) and explains how the gap was filled."
        ),
        .init(
            text: "How would you explain the value of {skill} to someone outside your field, such as a customer or a new manager?",
            timeLimit: 120,
            idealAnswer: "Explains {skill} in plain language with a relevant example, avoids jargon, and ties it to an outcome the listener cares about."
        ),
    ]

    /// About the role being hired for.
    static let role: [QuestionTemplate] = [
        .init(
            text: "What does excellent work look like for a {role} in the first ninety days, and how would you measure it?",
            timeLimit: 150,
            idealAnswer: "Sets realistic priorities for the first three months as a {role}, with measurable signals of success and a plan to learn the context first."
        ),
        .init(
            text: "Which part of working as a {role} do you find most demanding, and how do you keep it under control?",
            timeLimit: 120,
            idealAnswer: "Names a genuinely hard part of the {role} role honestly and describes specific routines or tools that keep it manageable."
        ),
        .init(
            text: "Tell me about a decision you made as a {role} that you later had to reverse. What did you learn from it?",
            timeLimit: 180,
            idealAnswer: "Owns a real mistake, explains the reasoning at the time, how it was noticed and corrected, and what the candidate does differently now."
        ),
        .init(
            text: "How do you decide what to work on first when everything on your plate as a {role} feels urgent?",
            timeLimit: 120,
            idealAnswer: "Describes a clear way to prioritise (impact, deadlines, dependencies), how trade-offs are explained to stakeholders, and a real example."
        ),
        .init(
            text: "What would your last manager say is your biggest strength as a {role}, and where would they say you can still grow?",
            timeLimit: 120,
            idealAnswer: "Gives a credible strength backed by an example, and a genuine growth area with steps already taken to improve."
        ),
        .init(
            text: "Describe the best {role} you have worked with. What did they do that you have since adopted yourself?",
            timeLimit: 120,
            idealAnswer: "Describes specific behaviours of a strong peer and shows self-awareness by naming the habits the candidate adopted and why."
        ),
    ]

    /// Behavioural questions that suit any role.
    static let behaviour: [QuestionTemplate] = [
        .init(
            text: "Tell me about a time you disagreed with a colleague about how to approach a task. How did you resolve it?",
            timeLimit: 180,
            idealAnswer: "Uses a concrete situation, shows respect for the other view, explains how evidence or compromise settled it, and how the working relationship held up."
        ),
        .init(
            text: "Describe a time you had to deliver under a tight deadline. What did you leave out, and how did you decide?",
            timeLimit: 150,
            idealAnswer: "Explains the constraint, the explicit trade-offs made, who was told and when, and the result, without blaming others."
        ),
        .init(
            text: "Tell me about feedback you received that was hard to hear. What did you do with it?",
            timeLimit: 120,
            idealAnswer: "Describes the feedback honestly, avoids defensiveness, and shows a concrete change in behaviour that followed."
        ),
        .init(
            text: "Give an example of a problem you noticed before anyone asked you to fix it. What did you do about it?",
            timeLimit: 150,
            idealAnswer: "Shows ownership: spotting the problem early, judging its importance, acting or escalating appropriately, and following through."
        ),
        .init(
            text: "Tell me about a project that did not go as planned. What would you do differently if you started it again?",
            timeLimit: 180,
            idealAnswer: "Gives an honest account of what went wrong, the candidate's share in it, and specific lessons that changed later work."
        ),
        .init(
            text: "Describe a time you had to learn something new quickly to get your work done. How did you approach it?",
            timeLimit: 120,
            idealAnswer: "Shows a deliberate learning approach (sources, practice, asking experts) and how quickly it turned into useful output."
        ),
        .init(
            text: "Tell me about a time you had to explain a complicated topic to someone with little background in it.",
            timeLimit: 120,
            idealAnswer: "Adapts the explanation to the listener, uses examples or analogies, checks understanding, and reaches a clear outcome."
        ),
    ]

    /// About the specific job, when the assessment is tied to one.
    static let job: [QuestionTemplate] = [
        .init(
            text: "What attracts you to the {job} position, and what would you want to learn in your first months?",
            timeLimit: 90,
            idealAnswer: "Shows real interest in the {job} position grounded in what the job involves, with concrete learning goals."
        ),
        .init(
            text: "The {job} position is based in {place}. How would you build working relationships with your team and the people you serve there?",
            timeLimit: 120,
            idealAnswer: "Describes practical ways to build trust with colleagues and customers in {place}, including communication habits and early actions."
        ),
        .init(
            text: "Which of your past experiences prepares you best for the {job} position, and where would you need support?",
            timeLimit: 150,
            idealAnswer: "Links specific past experience to the duties of the {job} position and is candid about the areas where support would help."
        ),
    ]

    /// Asked when the assessment states what the interview should find out.
    static let purpose = QuestionTemplate(
        text: "This conversation is meant to find out the following: \"{purpose}\". Which of your experiences speaks most directly to that, and why?",
        timeLimit: 180,
        idealAnswer: "Picks a relevant experience and connects it explicitly to the interview's goal, with concrete detail rather than general claims."
    )

    /// Appended to a question to make a new, distinct one once every plain phrasing is in use.
    static let followUps = [
        "Please be specific about your own part.",
        "Include how you knew it had worked.",
        "Say what you would do differently today.",
        "Keep the focus on the steps you personally took.",
        "Mention how you kept others informed along the way.",
        "Give one concrete example rather than a general answer.",
    ]
}
