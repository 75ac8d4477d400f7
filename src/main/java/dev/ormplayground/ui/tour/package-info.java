/**
 * The first-start tour: a short card per part of the window (the ladder, the numbers, the SQL,
 * ...), placed beside the part with a ring around it and the rest dimmed. TourSteps lists the
 * steps as data, Tour walks them and takes the keys while it shows, TourLayer draws the ring,
 * the veil and the card that CardPlacement puts beside the part. Shown once, remembered through
 * a TourMemory; runs nothing. Uses only JavaFX: it finds the window's parts by their ids.
 */
package dev.ormplayground.ui.tour;
