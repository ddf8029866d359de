package uk.school.socialmedia.channel;

/** The overall rating the DMN table {@code channel-risk-rating} gives a channel. */
public enum RiskRating { LOW, MEDIUM, HIGH }
