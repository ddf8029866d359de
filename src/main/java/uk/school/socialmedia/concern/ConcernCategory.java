package uk.school.socialmedia.concern;

/**
 * What a concern was about, chosen at triage from this fixed list (never free text): governors'
 * figures count concerns by category. The triage form offers the same values.
 */
public enum ConcernCategory {
  ONLINE_BULLYING,
  INAPPROPRIATE_CONTENT,
  INAPPROPRIATE_CONTACT,
  EXPLOITATION_OR_GROOMING,
  NUDE_IMAGE_SHARING,
  SELF_HARM_OR_WELLBEING,
  UNDERAGE_USE,
  STAFF_CONDUCT,
  CRITICISM_OF_THE_SCHOOL,
  PRIVACY_OR_IMAGES,
  OTHER
}
