//! The profile: whether it is shown, and the request for the effect that
//! brings it into view.

/// Whether the profile is shown, and what its effect is asked to do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ProfileView {
    pub shown: bool,
    /// The profile was asked for and is to be brought into view. Its effect
    /// takes it once done, so a profile that loads or mounts later acts on a
    /// request still pending and never on an old one.
    pub request: Option<ProfileRequest>,
}

/// What the profile's effect is asked to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileRequest {
    /// Bring the profile into view.
    Reveal,
    /// Bring it into view and focus its heading (after the last part's
    /// *See your profile*).
    RevealAndFocus,
}

/// Showing or hiding the profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShowProfile {
    /// Show (and bring into view) or hide the profile.
    Toggle(bool),
    /// The last part is rated: show the profile, bring it into view and move
    /// focus to it.
    See,
}

impl ProfileView {
    /// Applies `action`; `None` when nothing changes.
    pub fn reduce(&mut self, action: ShowProfile) -> Option<()> {
        let (shown, request) = match action {
            ShowProfile::Toggle(false) if !self.shown => return None,
            ShowProfile::Toggle(show) => (show, show.then_some(ProfileRequest::Reveal)),
            ShowProfile::See => (true, Some(ProfileRequest::RevealAndFocus)),
        };
        *self = ProfileView { shown, request };
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn showing_asks_for_view_and_hiding_cancels_the_request() {
        let mut profile = ProfileView::default();
        profile.reduce(ShowProfile::Toggle(true));
        assert_eq!(profile.request, Some(ProfileRequest::Reveal));
        profile.reduce(ShowProfile::See);
        assert_eq!(profile.request, Some(ProfileRequest::RevealAndFocus));
        profile.reduce(ShowProfile::Toggle(false));
        assert_eq!(profile, ProfileView::default());
        assert_eq!(profile.reduce(ShowProfile::Toggle(false)), None);
    }
}
