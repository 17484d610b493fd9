/** The pupil feature's views, and the attendance pattern component other features' pages show. */
@org.springframework.modulith.NamedInterface("ui")
package org.rejoin.pupil.ui;
