/** The shell every view sits in, and components shared by all features. */
@org.springframework.modulith.NamedInterface("ui")
package org.rejoin.base.ui;
